// SPDX-License-Identifier: EUPL-1.2
import { organisationsBulk } from '../organisations/organisations.bulk.js';
import { participationBulk } from '../participation/participation.bulk.js';
import { pilotsBulk, type BulkPilot } from '../pilots/pilots.bulk.js';
import { pilotSearchTerms } from '../pilots/pilots-search-terms.js';
import type { AppContext } from '../platform/module.js';
import { slugify } from '../platform/text.js';
import { deriveSections } from './description-sections.js';
import { innovationAreasFor } from './import-vocabulary.js';
import { planImport, type PlannedPilot, type Rejection } from './import-plan.js';
import { organisationResolver } from './organisation-resolver.js';

export interface ImportResult {
  imported: number;
  rejected: Rejection[];
  organisationsCreated: number;
  seconds: number;
}

// Pilots per transaction: large enough for few round trips, small enough that one bad chunk is cheap to redo.
const chunkSize = 1000;
/** A pilot whose initiator is not a municipality must find one within this time (DOMAIN.md §3, condition 2). */
const municipalityDeadlineMs = 30 * 24 * 60 * 60 * 1000;

/** The municipalities taking part besides the initiator (the initiator never counts as a participant). */
const participantIds = (planned: PlannedPilot, initiatorId: number) => planned.municipalityIds.filter((id) => id !== initiatorId);

function toBulkPilot(planned: PlannedPilot, initiator: { id: number; name: string; municipal: boolean }, now: string): BulkPilot {
  const { entry } = planned;
  const participants = participantIds(planned, initiator.id).length;
  const sections = deriveSections(entry.description, entry.summary);
  const needsDeadline = !initiator.municipal && planned.municipalityIds.length === 0;
  return {
    row: {
      slug: slugify(entry.title),
      state: 'published',
      title: entry.title,
      summary: entry.summary,
      what: entry.description,
      ...sections,
      phase: planned.phase,
      status: 'running',
      initiatorOrganisationId: initiator.id,
      createdByUserId: null,
      contactName: entry.contactName ?? initiator.name,
      contactEmail: entry.contactEmail ?? '',
      startDate: entry.startYear ? `${entry.startYear}-01-01` : null,
      externalId: entry.externalId ?? null,
      publishedAt: now,
      municipalityDeadline: needsDeadline ? new Date(Date.parse(now) + municipalityDeadlineMs).toISOString() : null,
      innovationAreas: innovationAreasFor(planned.themes).join(','),
      // The operator who imports vouches for conditions 3 and 4; sales language was refused in planImport.
      confirmsInDevelopment: 1,
      confirmsNotCommercial: 1,
      // Counted as participation.service.ts counts; see importPilots for why they are set here.
      participantCount: participants,
      municipalityCount: participants + (initiator.municipal ? 1 : 0),
      followerCount: 0,
      // The derived sections are sentences of the description: analysing them again would only count them twice.
      searchTerms: pilotSearchTerms({ title: entry.title, summary: entry.summary, what: entry.description, tags: entry.tags }),
      createdAt: now,
      updatedAt: now,
    },
    themes: planned.themes,
    tags: entry.tags,
  };
}

/**
 * Imports pilots from parsed JSON (`npm run import`): checks every entry, creates missing non-municipal
 * organisations, then writes the pilots published, in batched inserts with one transaction per chunk.
 * The pilots are inserted with their participant and municipality counts already right, and the participations
 * after them, rather than through participationService.addParticipantsBulk: its recount UPDATEs every pilot row
 * again, which on PostgreSQL rewrites the stored tsvector and its GIN entries and doubled the import's time.
 */
export async function importPilots(context: AppContext, entries: readonly unknown[]): Promise<ImportResult> {
  const started = performance.now();
  const { db } = context;
  const organisations = organisationsBulk(db);
  const pilots = pilotsBulk(db);
  const known = await organisations.loadAll();
  const externalIds = entries.flatMap((entry) => {
    const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).externalId : undefined;
    return typeof value === 'string' && value.trim() ? [value.trim()] : [];
  });
  const plan = planImport(entries, organisationResolver(known), await pilots.takenExternalIds(externalIds));
  const now = new Date().toISOString();

  const initiators = new Map<string, { id: number; name: string; municipal: boolean }>();
  for (const row of known) initiators.set(`id:${row.id}`, { id: row.id, name: row.name, municipal: row.type === 'municipality' });
  if (plan.newOrganisations.length > 0) {
    const slugs = new Set(known.map((row) => row.slug));
    const rows = plan.newOrganisations.map((organisation) => {
      let slug = slugify(organisation.name);
      for (let attempt = 2; slugs.has(slug); attempt += 1) slug = `${slugify(organisation.name)}-${attempt}`;
      slugs.add(slug);
      return { slug, name: organisation.name.trim(), nameKey: organisation.key, type: organisation.type, website: null, description: null, createdAt: now };
    });
    const ids = await db.transaction().execute((trx) => organisations.insertMany(rows, trx));
    plan.newOrganisations.forEach((organisation, index) => initiators.set(`new:${organisation.key}`, { id: ids[index]!, name: rows[index]!.name, municipal: false }));
  }
  const initiatorOf = (planned: PlannedPilot) => initiators.get('newKey' in planned.initiator ? `new:${planned.initiator.newKey}` : `id:${planned.initiator.id}`)!;

  for (let start = 0; start < plan.pilots.length; start += chunkSize) {
    const chunk = plan.pilots.slice(start, start + chunkSize);
    const rows = chunk.map((planned) => toBulkPilot(planned, initiatorOf(planned), now));
    await db.transaction().execute(async (trx) => {
      const ids = await pilots.insertPilots(rows, trx);
      const participations = chunk.flatMap((planned, index) =>
        participantIds(planned, initiatorOf(planned).id).map((organisationId) => ({ pilotId: ids[index]!, organisationId, joinedByUserId: null, createdAt: now })),
      );
      await participationBulk().insertParticipations(participations, trx);
    });
  }
  return {
    imported: plan.pilots.length,
    rejected: plan.rejected,
    organisationsCreated: plan.newOrganisations.length,
    seconds: (performance.now() - started) / 1000,
  };
}
