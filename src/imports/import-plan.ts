// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType } from '../organisations/organisations.tables.js';
import { findSalesLanguage } from '../pilots/pilots.conditions.js';
import type { Phase, Theme } from '../pilots/pilots.tables.js';
import { nameKey } from '../platform/text.js';
import { guessOrganisationType, resolvePhase, resolveTheme } from './import-vocabulary.js';
import { describeIssues, importEntrySchema, type ImportEntry } from './imports.schemas.js';
import type { OrganisationResolver } from './organisation-resolver.js';

/** An entry that passed every check, with its references resolved. */
export interface PlannedPilot {
  /** 1-based position in the file. */
  position: number;
  entry: ImportEntry;
  themes: Theme[];
  phase: Phase;
  /** An existing organisation's id, or the name key of one this import creates. */
  initiator: { id: number; type: OrganisationType } | { newKey: string };
  municipalityIds: number[];
}

export interface Rejection {
  position: number;
  externalId?: string;
  title?: string;
  reasons: string[];
}

export interface NewOrganisationPlan {
  key: string;
  name: string;
  type: Exclude<OrganisationType, 'municipality'>;
}

export interface ImportPlan {
  pilots: PlannedPilot[];
  rejected: Rejection[];
  newOrganisations: NewOrganisationPlan[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * Checks every entry and resolves its references without touching the database (the caller passes the
 * organisations and the external ids already taken). Each rejected entry lists all its problems at once.
 * An externalId seen earlier in the file or already in the database is skipped, never updated: an import
 * adds pilots, and changing published pilots is their initiators' work.
 */
export function planImport(entries: readonly unknown[], organisations: OrganisationResolver, takenExternalIds: ReadonlySet<string>): ImportPlan {
  const pilots: PlannedPilot[] = [];
  const rejected: Rejection[] = [];
  const newOrganisations = new Map<string, NewOrganisationPlan>();
  const firstPositionOf = new Map<string, number>();

  entries.forEach((raw, index) => {
    const position = index + 1;
    const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    const reject = (reasons: string[]) => rejected.push({ position, externalId: text(record.externalId), title: text(record.title), reasons });
    const parsed = importEntrySchema.safeParse(raw);
    if (!parsed.success) return reject(raw === record ? describeIssues(parsed.error.issues, raw) : ['not an object']);
    const entry = parsed.data;
    const reasons: string[] = [];

    if (entry.externalId !== undefined) {
      const earlier = firstPositionOf.get(entry.externalId);
      if (earlier !== undefined) reasons.push(`duplicate externalId '${entry.externalId}' (also entry ${earlier})`);
      else if (takenExternalIds.has(entry.externalId)) reasons.push(`already imported (externalId '${entry.externalId}')`);
      else firstPositionOf.set(entry.externalId, position);
    }

    const themeValues = entry.theme === undefined ? [] : Array.isArray(entry.theme) ? entry.theme : [entry.theme];
    const themes: Theme[] = [];
    for (const value of themeValues) {
      const theme = resolveTheme(value);
      if (!theme) reasons.push(`unknown theme '${value}'`);
      else if (!themes.includes(theme)) themes.push(theme);
    }
    const phase = entry.phase === undefined ? 'idea' : resolvePhase(entry.phase);
    if (!phase) reasons.push(`unknown phase '${entry.phase}'`);

    let initiator: PlannedPilot['initiator'] | undefined;
    const found = organisations.lookup(entry.initiator);
    if (found.kind === 'found') initiator = { id: found.id, type: found.type };
    else if (found.kind === 'unknown_code') reasons.push(`unknown municipality code '${entry.initiator}'`);
    else if (found.kind === 'unknown_municipality') reasons.push(`unknown municipality '${entry.initiator}'`);
    else {
      const key = nameKey(entry.initiator);
      if (!newOrganisations.has(key)) newOrganisations.set(key, { key, name: entry.initiator, type: entry.initiatorType ?? guessOrganisationType(entry.initiator) });
      initiator = { newKey: key };
    }

    const municipalityIds: number[] = [];
    for (const reference of entry.municipalities) {
      const municipality = organisations.lookup(reference);
      if (municipality.kind !== 'found') reasons.push(`unknown municipality '${reference}'`);
      else if (municipality.type !== 'municipality') reasons.push(`'${reference}' is not a municipality`);
      else if (!municipalityIds.includes(municipality.id)) municipalityIds.push(municipality.id);
    }

    const sales = findSalesLanguage([entry.title, entry.summary, entry.description, entry.tags.join(', ')].join('\n'));
    if (sales.length > 0) reasons.push(`sales language is not allowed: ${sales.map((words) => `'${words}'`).join(', ')}`);

    if (reasons.length > 0 || !initiator || !phase) return reject(reasons);
    pilots.push({ position, entry, themes, phase, initiator, municipalityIds });
  });

  // An organisation only rejected entries would have needed is not created.
  const needed = new Set(pilots.flatMap((pilot) => ('newKey' in pilot.initiator ? [pilot.initiator.newKey] : [])));
  return { pilots, rejected, newOrganisations: [...newOrganisations.values()].filter((plan) => needed.has(plan.key)) };
}
