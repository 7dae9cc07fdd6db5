// SPDX-License-Identifier: EUPL-1.2
import { compositionTags, type CompositionTag } from './teams.tables.js';
import type { TeamMember } from './teams.service.js';

export interface Composition {
  /** How many members carry each tag, in the order of compositionTags. */
  readonly coverage: readonly { tag: CompositionTag; count: number }[];
  readonly missingTags: readonly CompositionTag[];
  /** Research (DOMAIN.md §4): a pilot without a real decision-maker or a receiving line manager rarely lands. */
  readonly noDecisionMaker: boolean;
  readonly noLineManager: boolean;
}

/** What the team has and lacks, from its members' roles and self-chosen tags. */
export function composition(members: readonly TeamMember[]): Composition {
  const coverage = compositionTags.map((tag) => ({ tag, count: members.filter((member) => member.tags.includes(tag)).length }));
  return {
    coverage,
    missingTags: coverage.filter((entry) => entry.count === 0).map((entry) => entry.tag),
    noDecisionMaker: !members.some((member) => member.role === 'client' && member.clientKind === 'decision_maker'),
    noLineManager: !members.some((member) => member.role === 'line_manager'),
  };
}

/** Reads the stored JSON tag list, keeping only known tags (old or hand-edited rows never break a page). */
export function parseTags(json: string): CompositionTag[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return compositionTags.filter((tag) => value.includes(tag));
  } catch {
    return [];
  }
}
