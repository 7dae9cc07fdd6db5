// SPDX-License-Identifier: EUPL-1.2
/**
 * Invariants of the demo content.
 * Run from the repository root: node --import tsx --test src/demo/content/content.test.ts
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { demoOrganisations, demoPilots, demoUsers } from './index.js';
import type { DemoPilot, OrgRef, Phase, Status, ThemeKey } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
// The project's own copy of the CBS list (loaded into the database by the organisations migration).
const MUNICIPALITIES_CSV = join(here, '..', '..', 'organisations', 'data', 'gemeenten.csv');
const CBS_CODE = /^GM\d{4}$/;

/** Municipalities from the reference CSV: CBS code → province code. The code is always the first column. */
function loadMunicipalities(): Map<string, string> {
  const lines = readFileSync(MUNICIPALITIES_CSV, 'utf8').split('\n').filter((l) => l.trim() !== '');
  assert.equal(lines[0], 'code,name,common_name,province,province_code');
  const result = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const code = line.slice(0, line.indexOf(','));
    const provinceCode = line.slice(line.lastIndexOf(',') + 1);
    assert.match(code, CBS_CODE, `bad code in CSV line: ${line}`);
    assert.match(provinceCode, /^PV\d{2}$/, `bad province code in CSV line: ${line}`);
    result.set(code, provinceCode);
  }
  return result;
}

const municipalities = loadMunicipalities();
const orgByKey = new Map(demoOrganisations.map((o) => [o.key, o]));
const userByKey = new Map(demoUsers.map((u) => [u.key, u]));
const isMunicipality = (ref: OrgRef): boolean => CBS_CODE.test(ref);
const resolves = (ref: OrgRef): boolean => (isMunicipality(ref) ? municipalities.has(ref) : orgByKey.has(ref));

function countBy<T extends string>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    assert.ok(!seen.has(v), `duplicate ${what}: ${v}`);
    seen.add(v);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function assertDate(value: string, where: string): void {
  assert.match(value, ISO_DATE, `${where}: not an ISO date: ${value}`);
  const d = new Date(`${value}T00:00:00Z`);
  assert.ok(!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value, `${where}: invalid date ${value}`);
  assert.ok(value >= '2024-01-01' && value <= '2027-12-31', `${where}: date outside 2024-01 .. 2027-12: ${value}`);
}

describe('reference data', () => {
  it('has 342 municipalities', () => {
    assert.equal(municipalities.size, 342);
    assert.ok(municipalities.has('GM0820'), 'the quoted row (Nuenen, Gerwen en Nederwetten) is read');
  });
});

describe('source files', () => {
  it('start with the SPDX header', () => {
    for (const file of readdirSync(here).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(here, file), 'utf8');
      assert.ok(text.startsWith('// SPDX-License-Identifier: EUPL-1.2\n'), `${file} lacks the SPDX header`);
    }
  });
});

describe('organisations', () => {
  it('have unique keys that are not CBS codes', () => {
    assertUnique(demoOrganisations.map((o) => o.key), 'organisation key');
    for (const o of demoOrganisations) {
      assert.ok(!CBS_CODE.test(o.key), `organisation key looks like a CBS code: ${o.key}`);
      assert.match(o.key, /^[a-z0-9]+(-[a-z0-9]+)*$/, `organisation key not kebab-case: ${o.key}`);
      assert.ok(o.name.trim() && o.description.trim(), `organisation ${o.key} lacks name or description`);
      if (o.website !== undefined) assert.ok(o.website.startsWith('https://example.org/'), `website of ${o.key}`);
    }
  });

  it('are at least 30, of every type', () => {
    assert.ok(demoOrganisations.length >= 30, `only ${demoOrganisations.length} organisations`);
    const types = countBy(demoOrganisations.map((o) => o.type));
    for (const t of ['partnership', 'government', 'company', 'knowledge_institute', 'foundation'] as const) {
      assert.ok((types.get(t) ?? 0) >= 2, `too few organisations of type ${t}`);
    }
  });

  it('include the platform team as a foundation', () => {
    assert.equal(orgByKey.get('pilotstarter-team')?.type, 'foundation');
  });
});

describe('users', () => {
  it('have unique keys and e-mail addresses ending in .example', () => {
    assertUnique(demoUsers.map((u) => u.key), 'user key');
    assertUnique(demoUsers.map((u) => u.email.toLowerCase()), 'e-mail');
    for (const u of demoUsers) {
      assert.match(u.email, /^[a-z0-9.-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.example$/, `bad e-mail: ${u.email}`);
      assert.ok(u.name.trim() && u.jobTitle.trim(), `user ${u.key} lacks name or job title`);
    }
  });

  it('belong to organisations that exist', () => {
    for (const u of demoUsers) assert.ok(resolves(u.organisation), `user ${u.key}: unknown organisation ${u.organisation}`);
  });

  it('are at least 45 across at least 25 organisations, mostly municipalities', () => {
    assert.ok(demoUsers.length >= 45, `only ${demoUsers.length} users`);
    const orgs = new Set(demoUsers.map((u) => u.organisation));
    assert.ok(orgs.size >= 25, `users in only ${orgs.size} organisations`);
    const municipal = demoUsers.filter((u) => isMunicipality(u.organisation)).length;
    assert.ok(municipal > demoUsers.length / 2, 'most users work for a municipality');
  });

  it('include exactly 2 moderators and 1 admin of the platform team', () => {
    const moderators = demoUsers.filter((u) => u.role === 'moderator');
    const admins = demoUsers.filter((u) => u.role === 'admin');
    assert.equal(moderators.length, 2);
    assert.equal(admins.length, 1);
    for (const u of [...moderators, ...admins]) assert.equal(u.organisation, 'pilotstarter-team');
  });
});

describe('pilots', () => {
  it('are at least 45 with unique keys', () => {
    assert.ok(demoPilots.length >= 45, `only ${demoPilots.length} pilots`);
    assertUnique(demoPilots.map((p) => p.key), 'pilot key');
    for (const p of demoPilots) assert.match(p.key, /^[a-z0-9]+(-[a-z0-9]+)*$/, `pilot key not kebab-case: ${p.key}`);
  });

  it('have the descriptive fields filled in', () => {
    for (const p of demoPilots) {
      assert.ok(p.title.trim().length >= 10, `${p.key}: title`);
      assert.ok(p.summary.trim().length >= 40 && p.summary.length <= 400, `${p.key}: summary length ${p.summary.length}`);
      for (const field of ['what', 'goal', 'deliverables', 'approach', 'milestones'] as const) {
        assert.ok(p[field].trim().length >= 30, `${p.key}: ${field} too short`);
      }
      assert.ok(p.themes.length >= 1 && p.themes.length <= 3, `${p.key}: 1–3 themes`);
      assertUnique(p.themes, `theme in ${p.key}`);
    }
  });

  it('have 3–6 lowercase tags', () => {
    for (const p of demoPilots) {
      assert.ok(p.tags.length >= 3 && p.tags.length <= 6, `${p.key}: ${p.tags.length} tags`);
      assertUnique(p.tags, `tag in ${p.key}`);
      for (const t of p.tags) assert.equal(t, t.toLowerCase().trim(), `${p.key}: tag not lowercase: ${t}`);
    }
  });

  it('reference existing organisations, and the initiator user belongs to the initiator', () => {
    for (const p of demoPilots) {
      assert.ok(resolves(p.initiator), `${p.key}: unknown initiator ${p.initiator}`);
      for (const ref of p.participants) assert.ok(resolves(ref), `${p.key}: unknown participant ${ref}`);
      const user = userByKey.get(p.initiatorUser);
      assert.ok(user, `${p.key}: unknown initiator user ${p.initiatorUser}`);
      assert.equal(user.organisation, p.initiator, `${p.key}: initiator user is not a member of the initiator`);
    }
  });

  it('do not list the initiator or a duplicate among the participants', () => {
    for (const p of demoPilots) {
      assert.ok(!p.participants.includes(p.initiator), `${p.key}: initiator listed as participant`);
      assertUnique(p.participants, `participant in ${p.key}`);
      assert.ok(p.participants.length <= 25, `${p.key}: more than 25 participants`);
    }
  });

  it('have followers who exist and are not members of a participating organisation', () => {
    for (const p of demoPilots) {
      assert.ok(p.followers.length <= 12, `${p.key}: more than 12 followers`);
      assertUnique(p.followers, `follower in ${p.key}`);
      const involved = new Set([p.initiator, ...p.participants]);
      for (const key of p.followers) {
        const user = userByKey.get(key);
        assert.ok(user, `${p.key}: unknown follower ${key}`);
        assert.ok(!involved.has(user.organisation), `${p.key}: follower ${key} is a member of a participating organisation`);
      }
    }
  });

  it('have a contact person with a .example e-mail address', () => {
    for (const p of demoPilots) {
      assert.ok(p.contactName.trim(), `${p.key}: contact name`);
      assert.match(p.contactEmail, /^[a-z0-9.-]+@[a-z0-9.-]+\.example$/, `${p.key}: contact e-mail ${p.contactEmail}`);
    }
  });

  it('have valid dates between 2024-01 and 2027-12', () => {
    for (const p of demoPilots) {
      assertDate(p.startDate, `${p.key} startDate`);
      if (p.plannedEndDate !== undefined) {
        assertDate(p.plannedEndDate, `${p.key} plannedEndDate`);
        assert.ok(p.plannedEndDate > p.startDate, `${p.key}: end before start`);
      }
    }
  });

  it('only link to example.org', () => {
    for (const p of demoPilots) {
      for (const l of p.links) {
        assert.ok(l.label.trim(), `${p.key}: link without label`);
        assert.ok(l.url.startsWith('https://example.org/'), `${p.key}: link outside example.org: ${l.url}`);
      }
    }
  });

  it('give a reason when stopped or on hold', () => {
    for (const p of demoPilots) {
      if (p.status === 'stopped' || p.status === 'on_hold') {
        assert.ok((p.statusReason ?? '').trim().length >= 40, `${p.key}: status ${p.status} needs a reason`);
      }
    }
  });

  it('cover every phase at least 6 times', () => {
    const phases = countBy(demoPilots.map((p) => p.phase));
    for (const phase of ['idea', 'development', 'implementation', 'scaling'] as Phase[]) {
      assert.ok((phases.get(phase) ?? 0) >= 6, `phase ${phase}: ${phases.get(phase) ?? 0}`);
    }
  });

  it('are mostly running, with enough completed, stopped and on-hold pilots', () => {
    const statuses = countBy(demoPilots.map((p) => p.status));
    const n = (s: Status): number => statuses.get(s) ?? 0;
    assert.ok(n('completed') >= 4, `completed: ${n('completed')}`);
    assert.ok(n('stopped') >= 4, `stopped: ${n('stopped')}`);
    assert.ok(n('on_hold') >= 3, `on hold: ${n('on_hold')}`);
    assert.ok(n('running') > demoPilots.length / 2, `running: ${n('running')}`);
  });

  it('cover every theme at least 3 times', () => {
    const themes = countBy(demoPilots.flatMap((p) => p.themes));
    const all: ThemeKey[] = [
      'social_domain', 'public_space', 'safety', 'service_delivery', 'operations',
      'spatial_planning', 'democracy', 'sustainability', 'mobility', 'data_technology',
    ];
    for (const t of all) assert.ok((themes.get(t) ?? 0) >= 3, `theme ${t}: ${themes.get(t) ?? 0}`);
  });

  it('use every classification value, and leave it undefined sometimes', () => {
    const check = <K extends 'purpose' | 'object' | 'degree' | 'level'>(field: K, values: NonNullable<DemoPilot[K]>[]): void => {
      const used = new Set<unknown>(demoPilots.map((p) => p[field]));
      for (const v of values) assert.ok(used.has(v), `${field} ${String(v)} never used`);
      assert.ok(used.has(undefined), `${field} never left undefined`);
    };
    check('purpose', ['test', 'implement', 'convince']);
    check('object', ['product_service', 'process', 'organisational', 'policy', 'social']);
    check('degree', ['incremental', 'radical', 'disruptive']);
    check('level', ['application', 'system', 'component', 'technology']);
  });

  it('are mostly initiated by municipalities, with at least 5 other initiators', () => {
    const nonMunicipal = demoPilots.filter((p) => !isMunicipality(p.initiator));
    assert.ok(nonMunicipal.length >= 5, `only ${nonMunicipal.length} non-municipal initiators`);
    assert.ok(nonMunicipal.length < demoPilots.length / 2, 'most initiators are municipalities');
    const withoutMunicipality = nonMunicipal.filter((p) => !p.participants.some(isMunicipality));
    const withMunicipality = nonMunicipal.filter((p) => p.participants.some(isMunicipality));
    assert.ok(withoutMunicipality.length >= 2, 'at least 2 pilots without any municipality (one month to link one)');
    assert.ok(withMunicipality.length >= 3, 'at least 3 non-municipal pilots with municipalities taking part');
  });

  it('include a few popular pilots with 15–25 municipalities across provinces', () => {
    const popular = demoPilots.filter((p) => {
      const munis = p.participants.filter(isMunicipality);
      const provinces = new Set(munis.map((m) => municipalities.get(m)));
      return munis.length >= 15 && munis.length <= 25 && provinces.size >= 3;
    });
    assert.ok(popular.length >= 3, `only ${popular.length} popular pilots`);
  });

  it('involve at least 60 distinct organisations as initiator or participant', () => {
    const involved = new Set(demoPilots.flatMap((p) => [p.initiator, ...p.participants]));
    assert.ok(involved.size >= 60, `only ${involved.size} organisations involved`);
  });

  it('include a few drafts', () => {
    const drafts = demoPilots.filter((p) => !p.published).length;
    assert.ok(drafts >= 1 && drafts <= 5, `${drafts} drafts`);
  });

  it('contain clusters of similar pilots for search and matching', () => {
    const text = (p: DemoPilot): string => `${p.title} ${p.summary} ${p.tags.join(' ')}`.toLowerCase();
    const clusters: Record<string, RegExp> = {
      'charging points': /laadpa|laadpunt|oplaadpunt|laadinfra|slim laden/,
      'debt prevention': /vroegsignalering|schuld/,
      'loneliness of elderly': /eenzaam|isolement/,
      chatbots: /chatbot|virtuele assistent|taalmodel/,
      'climate adaptation': /hittestress|hitte|wateroverlast|klimaatadaptatie/,
      Omgevingswet: /omgevingswet|omgevingsplan|omgevingstafel/,
      'participation budgets': /buurtbudget|burgerbegroting|dorpsbudget|participatief begroten/,
    };
    for (const [name, re] of Object.entries(clusters)) {
      const hits = demoPilots.filter((p) => re.test(text(p))).map((p) => p.initiator);
      assert.ok(hits.length >= 3, `cluster ${name}: ${hits.length} pilots`);
      assert.ok(new Set(hits).size >= 2, `cluster ${name}: all from the same initiator`);
    }
  });
});
