// SPDX-License-Identifier: EUPL-1.2
import { accountsBulk } from '../accounts/accounts.bulk.js';
import { accountsService } from '../accounts/accounts.service.js';
import { organisationsBulk } from '../organisations/organisations.bulk.js';
import { participationBulk } from '../participation/participation.bulk.js';
import { pilotsBulk } from '../pilots/pilots.bulk.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { nameKey, slugify } from '../platform/text.js';
import { demoOrganisations, demoPilots, demoUsers } from './content/index.js';
import { demoPassword } from './demo-password.js';
import { demoExternalId, prepareDemoPilot, type DemoIds } from './demo-pilots.js';
import { loadKnowledgeDemo, type KnowledgeSummary } from './knowledge/load-knowledge.js';
import { learningStartState, loadLearningDemo, type LearningSummary } from './learning/load-learning.js';
import { createRandom } from './synthetic/random.js';

export interface SeedSummary {
  pilots: number;
  organisations: number;
  users: number;
  /** What the learning instruments of the new demo pilots hold (issue 3). */
  learning: LearningSummary;
  /** Expert profiles, stories, scaling candidates and documents (issue 4). */
  knowledge: KnowledgeSummary;
}

// Hashing passwords (Argon2id) dominates the load time; a few at once use the thread pool without flooding it.
const concurrentSignUps = 6;

/** Adds the demo organisations that are not there yet (matched by name); returns every demo key's id. */
async function loadOrganisations(context: AppContext): Promise<{ byKey: Map<string, number>; byCbs: Map<string, number>; created: number }> {
  const bulk = organisationsBulk(context.db);
  const existing = await bulk.loadAll();
  const byName = new Map(existing.map((row) => [row.nameKey, row.id]));
  const slugs = new Set(existing.map((row) => row.slug));
  const missing = demoOrganisations.filter((organisation) => !byName.has(nameKey(organisation.name)));
  const rows = missing.map((organisation) => {
    let slug = slugify(organisation.name);
    for (let attempt = 2; slugs.has(slug); attempt += 1) slug = `${slugify(organisation.name)}-${attempt}`;
    slugs.add(slug);
    return {
      slug,
      name: organisation.name,
      nameKey: nameKey(organisation.name),
      type: organisation.type,
      website: organisation.website ?? null,
      description: organisation.description,
      createdAt: new Date().toISOString(),
    };
  });
  const ids = rows.length ? await context.db.transaction().execute((trx) => bulk.insertMany(rows, trx)) : [];
  missing.forEach((organisation, index) => byName.set(nameKey(organisation.name), ids[index]!));
  return {
    byKey: new Map(demoOrganisations.map((organisation) => [organisation.key, byName.get(nameKey(organisation.name))!])),
    byCbs: new Map(existing.filter((row) => row.cbsCode).map((row) => [row.cbsCode!, row.id])),
    created: rows.length,
  };
}

/** Signs up the demo members that do not exist yet, all with the one demo password and a verified address. */
async function loadUsers(context: AppContext, organisationId: (ref: string) => number): Promise<{ byKey: Map<string, { id: string; organisationId: number }>; created: number }> {
  const accounts = accountsService(context);
  const existing = await accountsBulk(context.db, context.dbKind).idsByEmail(demoUsers.map((user) => user.email));
  const missing = demoUsers.filter((user) => !existing.has(user.email.toLowerCase()));
  for (let start = 0; start < missing.length; start += concurrentSignUps) {
    const results = await Promise.all(
      missing.slice(start, start + concurrentSignUps).map(async (user) => {
        const result = await accounts.createUser({
          email: user.email, name: user.name, password: demoPassword(), organisationId: organisationId(user.organisation),
          role: user.role, emailVerified: true, jobTitle: user.jobTitle,
        });
        return result.ok ? ([user.email.toLowerCase(), result.user.id] as const) : undefined;
      }),
    );
    for (const entry of results) if (entry) existing.set(entry[0], entry[1]);
  }
  const byKey = new Map<string, { id: string; organisationId: number }>();
  for (const user of demoUsers) {
    const id = existing.get(user.email.toLowerCase());
    if (id) byKey.set(user.key, { id, organisationId: organisationId(user.organisation) });
  }
  return { byKey, created: missing.length };
}

/** A demo member as a signed-in user, for services that act for a person (gate decisions, adoptions). */
function demoActor(key: string, users: Map<string, { id: string; organisationId: number }>, organisationRef: (ref: string) => number): CurrentUser {
  const user = demoUsers.find((candidate) => candidate.key === key);
  const stored = users.get(key);
  if (!user || !stored) throw new Error(`Demo content names an unknown member: ${key}`);
  const organisation = demoOrganisations.find((candidate) => candidate.key === user.organisation);
  return {
    id: stored.id, name: user.name, email: user.email, emailVerified: true, role: user.role,
    organisation: { id: organisationRef(user.organisation), name: organisation?.name ?? user.organisation, slug: user.organisation, type: organisation?.type ?? 'municipality' },
  };
}

/**
 * Loads the demo content (src/demo/content) when DEMO_DATA is on, or when it is unset and the database has no
 * pilots yet. Safe to run again: organisations, members and pilots already present (by name, e-mail address and
 * the pilots' `demo-…` external id) are left alone. Every demo member signs in with the demo password.
 */
export async function seedDemoContentIfWanted(context: AppContext, log: (line: string) => void = (line) => console.log(line)): Promise<SeedSummary | null> {
  if (context.config.demoData === false) return null;
  const pilots = pilotsBulk(context.db);
  if (context.config.demoData === undefined && (await pilots.anyPilot())) return null;
  const taken = await pilots.takenExternalIds(demoPilots.map(demoExternalId));
  if (taken.size === demoPilots.length) return null;

  const organisations = await loadOrganisations(context);
  const organisationRef = (ref: string) => {
    const id = /^GM\d{4}$/.test(ref) ? organisations.byCbs.get(ref) : organisations.byKey.get(ref);
    if (id === undefined) throw new Error(`Demo content names an unknown organisation: ${ref}`);
    return id;
  };
  const users = await loadUsers(context, organisationRef);
  const ids: DemoIds = {
    organisation: (ref) => ({ id: organisationRef(ref), municipal: /^GM\d{4}$/.test(ref) }),
    user: (key) => users.byKey.get(key),
  };
  const random = createRandom(20261122);
  const now = Date.now();
  const fresh = demoPilots.filter((pilot) => !taken.has(demoExternalId(pilot)));
  const prepared = fresh.map((pilot) => {
    const item = prepareDemoPilot(pilot, ids, random, now);
    // A pilot with a gate history starts where its first gate found it; replaying the gates brings it back.
    const start = learningStartState(pilot.key);
    return start ? { ...item, pilot: { ...item.pilot, row: { ...item.pilot.row, ...start } } } : item;
  });
  const insertedIds = await context.db.transaction().execute(async (trx) => {
    const pilotIds = await pilots.insertPilots(prepared.map((item) => item.pilot), trx);
    const bulk = participationBulk();
    await bulk.insertParticipations(prepared.flatMap((item, index) => item.participations.map((row) => ({ ...row, pilotId: pilotIds[index]! }))), trx);
    await bulk.insertFollows(prepared.flatMap((item, index) => item.follows.map((row) => ({ ...row, pilotId: pilotIds[index]! }))), trx);
    return pilotIds;
  });
  const freshIds = new Map(fresh.map((pilot, index) => [pilot.key, insertedIds[index]!]));
  const actor = (key: string) => demoActor(key, users.byKey, organisationRef);
  const learning = await loadLearningDemo(context, { pilots: freshIds, content: new Map(fresh.map((pilot) => [pilot.key, pilot])), actor }, now);
  // After the learning content: its teams give story writers and document uploaders their rights.
  const knowledge = await loadKnowledgeDemo(context, { pilots: freshIds, actor });
  const moderator = demoUsers.find((user) => user.role === 'moderator');
  log(`Demo members sign in with the password "${demoPassword()}" (set DEMO_PASSWORD to change it)${moderator ? `, e.g. moderator ${moderator.email}` : ''}.`);
  return { pilots: prepared.length, organisations: organisations.created, users: users.created, learning, knowledge };
}
