// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { evaluateSimilar, type Ranker } from './evaluate.js';
import { evaluationRepository } from './evaluation.repository.js';
import { readLabelledSet, type LabelledSet } from './labelled-set.js';
import { formatReport } from './report.js';

const entry = (externalId: string, group: string, title: string, summary: string) => ({
  externalId, group, title, summary, description: summary, initiator: 'GM0599', theme: 'social_domain',
});

/** Three subjects of three pilots each, worded differently, plus one pilot on its own (a distractor). */
const fixture = [
  entry('a1', 'charging', 'Laadpalen in woonwijken', 'Bewoners zonder oprit vragen een openbare laadpaal aan voor hun elektrische auto.'),
  entry('a2', 'charging', 'Oplaadpunten voor e-auto’s', 'Meer oplaadpunten in oude wijken zodat inwoners hun auto dicht bij huis kunnen opladen.'),
  entry('a3', 'charging', 'Snelladers bij het station', 'Taxi’s en deelauto’s laden snel elektrisch bij het station tussen twee ritten door.'),
  entry('b1', 'debts', 'Vroegsignalering van schulden', 'Woningcorporaties melden huurachterstanden zodat de schuldhulpverlening eerder op huisbezoek gaat.'),
  entry('b2', 'debts', 'Geldzorgen in de wijk herkennen', 'Buurtwerkers herkennen financiële problemen en verwijzen door naar de schuldhulp.'),
  entry('b3', 'debts', 'App voor jongeren met schulden', 'Jongeren met betalingsachterstanden houden hun geld bij in een app met een budgetcoach.'),
  entry('c1', 'waste', 'Beter afval scheiden in flats', 'Bewoners van hoogbouw krijgen bakken voor gft en plastic, zodat er minder restafval is.'),
  entry('c2', 'waste', 'Betalen per zak restafval', 'Huishoudens betalen per zak restafval; plastic en gft worden gratis opgehaald.'),
  entry('c3', 'waste', 'Omgekeerd inzamelen van huisvuil', 'Restafval gaat naar de ondergrondse container, grondstoffen worden aan huis opgehaald.'),
  entry('d1', 'alone', 'Jongerenraad over het nieuwe park', 'Een raad van jongeren adviseert over sport- en speelplekken in het nieuwe stadspark.'),
];

function labelledFixture(): LabelledSet {
  const result = readLabelledSet(fixture);
  assert.ok(result.ok);
  return result.set;
}

describe('matching evaluation (npm run eval:similar)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('computes P@1, P@3 and MRR of a known ranking, overall, per group and split into tuning and held-out groups', async () => {
    // Rankings by externalId; the hand-computed scores per query are in the comments (P@1, P@3, reciprocal rank).
    const rankings: Record<string, string[]> = {
      a1: ['a2', 'a3', 'b1'], // 1, 2/2, 1
      a2: ['b1', 'a1', 'c1'], // 0, 1/2, 1/2
      a3: ['b1', 'c1', 'b2', 'a1'], // 0, 0, 1/4
      b1: [], // 0, 0, 0
      b2: ['b1'], // 1, 1/2, 1
      b3: ['c1', 'c2', 'b1'], // 0, 1/2, 1/3
      c1: ['c2', 'c3'], // 1, 1, 1
      c2: ['c3', 'c1', 'a1'], // 1, 1, 1
      c3: ['a1', 'a2', 'a3', 'c1'], // 0, 0, 1/4
      d1: ['a1'], // no mates: not a query
    };
    const set = labelledFixture();
    let ids: Map<string, number> | undefined;
    const ranker: Ranker = async (id) => {
      ids ??= await evaluationRepository(t.context.db, t.context.dbKind).idsByExternalId(Object.keys(rankings));
      const externalId = [...ids].find(([, value]) => value === id)![0];
      return rankings[externalId]!.map((other) => ids!.get(other)!);
    };
    const report = await evaluateSimilar(t.context, set, { k: 10, tuningGroups: 2, matching: ranker });

    assert.equal(report.imported, 10);
    assert.deepEqual(report.rejected, []);
    const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);
    const { overall, tuning, heldOut, byGroup } = report.matching;
    assert.equal(overall.queries, 9);
    close(overall.precisionAt1, 4 / 9, 'P@1');
    close(overall.precisionAt3, 4.5 / 9, 'P@3');
    close(overall.mrr, (1 + 1 / 2 + 1 / 4 + 0 + 1 + 1 / 3 + 1 + 1 + 1 / 4) / 9, 'MRR');
    close(tuning!.precisionAt1, 2 / 6, 'tuning P@1');
    close(tuning!.precisionAt3, 2.5 / 6, 'tuning P@3');
    assert.equal(heldOut!.queries, 3, 'held out: the three of waste; the distractor is no query');
    close(heldOut!.precisionAt3, 2 / 3, 'held-out P@3');
    const debts = byGroup.find((group) => group.group === 'debts')!;
    close(debts.precisionAt3, 1 / 3, 'debts P@3');
    close(debts.mrr, (0 + 1 + 1 / 3) / 3, 'debts MRR');

    const text = formatReport(report);
    const perGroup = text.slice(text.indexOf('Per group'));
    assert.ok(perGroup.indexOf('debts') < perGroup.indexOf('charging') && perGroup.indexOf('charging') < perGroup.indexOf('waste'), 'worst group first');
    assert.doesNotMatch(perGroup, /alone/);
  });

  it('ranks each subject together with real matching and scores the plain full-text baseline beside it', async () => {
    const report = await evaluateSimilar(t.context, labelledFixture(), { k: 5 });
    // The same set imported twice: the second import is refused (externalIds taken), the first copy is evaluated.
    assert.equal(report.imported, 0);
    assert.equal(report.rejected.length, 10);
    assert.equal(report.matching.overall.queries, 9);
    assert.equal(report.matching.overall.precisionAt1, 1, formatReport(report, { misses: true }));
    assert.equal(report.matching.overall.precisionAt3, 1, formatReport(report, { misses: true }));
    assert.equal(report.baseline.overall.queries, 9);
    assert.ok(report.baseline.overall.precisionAt3 < 1, 'the baseline does not bridge synonyms');
  });

  it('gives the baseline only the database\'s own words: no stems or synonyms of ours', async () => {
    const repository = evaluationRepository(t.context.db, t.context.dbKind);
    const ids = await repository.idsByExternalId(['a1', 'a2', 'd1']);
    const found = await repository.baselineRanking(['oplaadpunten'], ids.get('d1')!, 10);
    assert.deepEqual(found, [ids.get('a2')], 'only the pilot with the literal word');
    assert.deepEqual(await repository.baselineRanking(['"); drop', "'"], ids.get('d1')!, 10), [], 'hostile input finds nothing, no error');
  });

  it('refuses a labelled file without groups', () => {
    assert.deepEqual(readLabelledSet([{ title: 'x' }]), { ok: false, reason: 'entry 1 has no group' });
    assert.equal(readLabelledSet({ pilots: fixture }).ok, true);
  });
});
