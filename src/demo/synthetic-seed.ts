// SPDX-License-Identifier: EUPL-1.2
import { accountsBulk } from '../accounts/accounts.bulk.js';
import { accountsService } from '../accounts/accounts.service.js';
import { organisationsBulk } from '../organisations/organisations.bulk.js';
import { participationBulk } from '../participation/participation.bulk.js';
import { pilotsBulk } from '../pilots/pilots.bulk.js';
import type { AppContext } from '../platform/module.js';
import { demoPassword } from './demo-password.js';
import { generateMembers, generateOrganisations } from './synthetic/people.js';
import { generatePilot, type SyntheticMember, type SyntheticOrganisation, type SyntheticPilot, type SyntheticWorld } from './synthetic/pilots-gen.js';
import { createRandom } from './synthetic/random.js';

export interface SyntheticOptions {
  pilots: number;
  /** Total participations; default ten per pilot. */
  participations?: number;
  seed: number;
  /** Adds to a database that already holds pilots. */
  append?: boolean;
}

export interface SyntheticSummary {
  organisations: number;
  members: number;
  pilots: number;
  participations: number;
  follows: number;
  seconds: number;
}

export type SyntheticResult = { ok: true; summary: SyntheticSummary } | { ok: false; reason: 'not_empty' | 'seed_used' | 'no_password_hash' };

// Pilots generated and written per transaction: bounded memory, and a crash loses at most one batch.
const batchSize = 2000;
const threeYearsMs = 3 * 365 * 24 * 60 * 60 * 1000;

/** Scales the cast with the number of pilots: 1,000 organisations and 5,000 members for 100,000 pilots. */
const castSize = (pilots: number) => ({
  organisations: Math.min(1000, Math.max(20, Math.round(pilots / 100))),
  members: Math.min(5000, Math.max(50, Math.round(pilots / 20))),
});

/**
 * Participation counts per pilot that add up to exactly `total`: exponential weights (most pilots have a few
 * participants, some very many, as on the real platform), scaled to the total and capped at what exists.
 */
function participationCounts(random: ReturnType<typeof createRandom>, pilots: number, total: number, cap: number): Int32Array {
  const weights = Array.from({ length: pilots }, () => -Math.log(1 - random.next()));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const counts = new Int32Array(pilots);
  let assigned = 0;
  for (let i = 0; i < pilots; i += 1) {
    counts[i] = Math.min(cap, Math.floor((weights[i]! / sum) * total));
    assigned += counts[i]!;
  }
  for (let i = 0; assigned < total && i < pilots * 4; i += 1) {
    const index = i % pilots;
    if (counts[index]! < cap) {
      counts[index]! += 1;
      assigned += 1;
    }
  }
  return counts;
}

/**
 * Fills the database with realistic synthetic data for benchmarks (`npm run seed:synthetic`): organisations,
 * members, pilots with Dutch-like texts, participations and follows. The same seed gives the same data.
 */
export async function seedSynthetic(context: AppContext, options: SyntheticOptions, log: (line: string) => void = () => {}): Promise<SyntheticResult> {
  const started = performance.now();
  const { db } = context;
  const pilotsWriter = pilotsBulk(db);
  if (!options.append && (await pilotsWriter.anyPilot())) return { ok: false, reason: 'not_empty' };
  const structure = createRandom(options.seed ^ 0x5bd1e995);
  const texts = createRandom(options.seed);
  const now = Date.now();
  const pastDate = () => new Date(now - structure.next() * threeYearsMs).toISOString();
  const cast = castSize(options.pilots);

  // Organisations: the municipalities exist already; add the others.
  const existing = await organisationsBulk(db).loadAll();
  const newOrganisations = generateOrganisations(structure, cast.organisations, new Set(existing.map((row) => row.slug)), pastDate);
  const newIds = await db.transaction().execute((trx) => organisationsBulk(db).insertMany(newOrganisations, trx));
  const municipalities: SyntheticOrganisation[] = existing.filter((row) => row.type === 'municipality');
  const others: SyntheticOrganisation[] = [
    ...existing.filter((row) => row.type !== 'municipality'),
    ...newOrganisations.map((row, index) => ({ id: newIds[index]!, name: row.name, type: row.type })),
  ];
  log(`Organisations: ${newOrganisations.length} added (${municipalities.length} municipalities, ${others.length} others).`);

  // Members: one real sign-up makes the password hash that every synthetic member shares.
  const organisationIds = [...municipalities, ...others].map((row) => row.id);
  const members = generateMembers(structure, cast.members, organisationIds, options.seed, pastDate);
  const accounts = accountsBulk(db, context.dbKind);
  const [first, ...rest] = members;
  if (!first) throw new Error('at least one member is generated');
  if ((await accounts.idsByEmail([first.email])).size > 0) return { ok: false, reason: 'seed_used' };
  const created = await accountsService(context).createUser({
    email: first.email, name: first.name, password: demoPassword(), organisationId: first.organisationId!, role: first.role, emailVerified: true,
  });
  if (!created.ok) return { ok: false, reason: 'seed_used' };
  first.id = created.user.id;
  const passwordHash = await accounts.credentialHash(first.id);
  if (!passwordHash) return { ok: false, reason: 'no_password_hash' };
  await db.transaction().execute((trx) => accounts.insertUsers(rest, passwordHash, trx));
  log(`Members: ${members.length} (password: the demo password).`);

  const membersByOrganisation = new Map<number, SyntheticMember[]>();
  for (const member of members) {
    const list = membersByOrganisation.get(member.organisationId!) ?? [];
    list.push({ id: member.id, organisationId: member.organisationId });
    membersByOrganisation.set(member.organisationId!, list);
  }
  const world: SyntheticWorld = {
    municipalities,
    municipalityIds: new Set(municipalities.map((row) => row.id)),
    others,
    members: members.map((member) => ({ id: member.id, organisationId: member.organisationId })),
    membersByOrganisation,
    now,
  };
  const totalParticipations = options.participations ?? options.pilots * 10;
  const counts = participationCounts(structure, options.pilots, totalParticipations, Math.min(municipalities.length, others.length || municipalities.length) - 1);

  let participations = 0;
  let follows = 0;
  for (let start = 0; start < options.pilots; start += batchSize) {
    const batch: SyntheticPilot[] = [];
    for (let index = start; index < Math.min(options.pilots, start + batchSize); index += 1) batch.push(generatePilot(texts, structure, world, counts[index]!));
    await db.transaction().execute(async (trx) => {
      const ids = await pilotsWriter.insertPilots(batch.map((item) => item.pilot), trx);
      const participationRows = batch.flatMap((item, index) => item.participants.map((row) => ({ pilotId: ids[index]!, joinedByUserId: null, ...row })));
      const followRows = batch.flatMap((item, index) => item.followers.map((row) => ({ pilotId: ids[index]!, ...row })));
      await participationBulk().insertParticipations(participationRows, trx);
      await participationBulk().insertFollows(followRows, trx);
      participations += participationRows.length;
      follows += followRows.length;
    });
    log(`Pilots: ${Math.min(options.pilots, start + batchSize)} of ${options.pilots} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  const seconds = (performance.now() - started) / 1000;
  return { ok: true, summary: { organisations: newOrganisations.length, members: members.length, pilots: options.pilots, participations, follows, seconds } };
}
