// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { seedDemoContentIfWanted } from '../demo/demo-seed.js';
import { matchingService } from './matching.service.js';

/**
 * Pilots in the demo content that a person would call "the same subject", by the demo's keys. Each pilot should
 * find the others of its group among its top suggestions. A regression guard for ranking changes.
 */
const groups: Record<string, string[]> = {
  charging: ['laadpalen-voorspelde-vraag-amsterdam', 'slim-laden-eindhoven', 'oplaadpunten-deelautos-zwolle', 'snellaadpunten-bedrijventerreinen-overijssel'],
  debts: ['vroegsignalering-schulden-rotterdam', 'geldzorgen-huisbezoek-emmen', 'schuldhulp-app-jongeren'],
  loneliness: ['eenzaamheid-ouderen-maastricht', 'buurtmaaltijden-leeuwarden', 'belcirkel-senioren', 'hofjes-ouderen-meierijstad'],
  chatbots: ['chatbot-afval-parkeren-amersfoort', 'virtuele-assistent-gouda', 'taalmodel-kcc-den-haag', 'raadhuisassist'],
  budgets: ['buurtbudget-utrecht', 'burgerbegroting-haarlem', 'dorpsbudgetten-sudwest-fryslan'],
  undermining: ['signalen-ondermijning-breda', 'adreskwaliteit-tilburg', 'vakantieparken-peel-en-maas'],
};

describe('similar pilots on the demo content', () => {
  let t: TestApp;
  const idOf = new Map<string, number>();
  const listed = new Set<number>();

  before(async () => {
    t = await startTestApp({ DEMO_DATA: '1' });
    await seedDemoContentIfWanted(t.context, () => {});
    const rows = await t.context.db.selectFrom('pilots').select(['id', 'externalId', 'state', 'hiddenAt']).execute();
    for (const row of rows) {
      if (row.externalId) idOf.set(row.externalId.replace(/^demo-/, ''), row.id);
      if (row.state === 'published' && row.hiddenAt === null) listed.add(row.id);
    }
  });
  after(async () => t.close());

  it('finds most of each subject group among a pilot\'s top suggestions (recall ≥ 0.8 overall)', async () => {
    const matching = matchingService(t.context);
    let found = 0;
    let possible = 0;
    const misses: string[] = [];
    for (const [name, keys] of Object.entries(groups)) {
      const ids = keys.map((key) => idOf.get(key)).filter((id): id is number => id !== undefined && listed.has(id));
      for (const id of ids) {
        const mates = ids.filter((other) => other !== id);
        const top = (await matching.similarToPilot(id, mates.length)).map((result) => result.id);
        const hits = mates.filter((mate) => top.includes(mate)).length;
        found += hits;
        possible += mates.length;
        if (hits === 0) misses.push(`${name}: pilot ${id} found none of ${mates.join(', ')} (got ${top.join(', ')})`);
      }
    }
    assert.ok(possible >= 20, `enough demo pilots to judge (${possible})`);
    assert.deepEqual(misses, [], 'every pilot finds at least one of its group');
    assert.ok(found / possible >= 0.8, `recall ${found}/${possible}`);
  });

  it('finds the right subject for a short typed description', async () => {
    const matching = matchingService(t.context);
    const cases: [string, string][] = [
      ['Laadpalen voor elektrische auto’s', 'charging'],
      ['Schulden vroeg signaleren', 'debts'],
      ['Eenzaamheid onder ouderen', 'loneliness'],
      ['Chatbot voor vragen van inwoners', 'chatbots'],
    ];
    for (const [title, group] of cases) {
      const [first] = await matching.similarToText({ title, summary: '' }, 3);
      const expected = new Set(groups[group]!.map((key) => idOf.get(key)));
      assert.ok(first && expected.has(first.id), `"${title}" → ${first?.title ?? 'nothing'}`);
    }
  });
});
