// SPDX-License-Identifier: EUPL-1.2
/**
 * A labelled evaluation file: the import format of src/imports (a JSON array of entries) where every entry also
 * has a `group` (string or number) naming the subject it shares with the other entries of that group. An object
 * with the array under `pilots` or `items` is accepted too.
 */

export interface LabelledSet {
  /** Entries for importPilots, each with an externalId (assigned as `eval-<position>` when missing). */
  readonly entries: Record<string, unknown>[];
  /** Group of each entry by externalId. */
  readonly groupOf: ReadonlyMap<string, string>;
  /** Groups in the order they first appear in the file (the split into tuning and held-out groups uses it). */
  readonly groups: readonly string[];
}

export type LabelledSetResult = { ok: true; set: LabelledSet } | { ok: false; reason: string };

function listOf(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object') {
    const record = json as Record<string, unknown>;
    for (const key of ['pilots', 'items']) if (Array.isArray(record[key])) return record[key] as unknown[];
  }
  return null;
}

/** Checks the shape of a parsed labelled file and gives every entry an externalId; import validates the rest. */
export function readLabelledSet(json: unknown): LabelledSetResult {
  const list = listOf(json);
  if (list === null) return { ok: false, reason: 'expected a JSON array of pilots (or { "pilots": [...] })' };
  const entries: Record<string, unknown>[] = [];
  const groupOf = new Map<string, string>();
  const groups: string[] = [];
  for (const [index, raw] of list.entries()) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: `entry ${index + 1} is not an object` };
    const { group, ...entry } = raw as Record<string, unknown>;
    if ((typeof group !== 'string' || group.trim() === '') && typeof group !== 'number') {
      return { ok: false, reason: `entry ${index + 1} has no group` };
    }
    const externalId = typeof entry.externalId === 'string' && entry.externalId.trim() !== '' ? entry.externalId.trim() : `eval-${index + 1}`;
    if (groupOf.has(externalId)) return { ok: false, reason: `entry ${index + 1}: duplicate externalId '${externalId}'` };
    const name = String(group).trim();
    if (!groups.includes(name)) groups.push(name);
    groupOf.set(externalId, name);
    entries.push({ ...entry, externalId });
  }
  return { ok: true, set: { entries, groupOf, groups } };
}
