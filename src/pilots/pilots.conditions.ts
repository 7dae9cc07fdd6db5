// SPDX-License-Identifier: EUPL-1.2
import type { InnovationArea, Status, Theme } from './pilots.tables.js';

/**
 * The four conditions for publication (DOMAIN.md §3), as pure functions so the form, the API and imports
 * apply exactly the same rules. Each problem names its condition, the field to fix and a message code
 * (`pilots.conditions.problem.<code>`).
 */
export const pilotConditions = ['municipal_innovation', 'municipality_involved', 'still_in_development', 'not_commercial'] as const;
export type PilotCondition = (typeof pilotConditions)[number];

export interface ConditionProblem {
  readonly condition: PilotCondition;
  /** The form field the problem is shown at. */
  readonly field: string;
  readonly code: 'no_innovation_area' | 'no_theme' | 'not_confirmed_in_development' | 'completed' | 'not_confirmed_not_commercial' | 'sales_language';
  /** For sales language: the words found, as they appear in the text. */
  readonly words?: readonly string[];
}

export interface ConditionReport {
  readonly failed: readonly PilotCondition[];
  readonly problems: readonly ConditionProblem[];
  /** Condition 2 is met only later: no municipality yet, so publishing starts the one-month deadline. */
  readonly needsMunicipalityDeadline: boolean;
}

/** What the conditions look at. */
export interface ConditionSubject {
  readonly title: string;
  readonly summary: string;
  readonly what: string;
  readonly goal: string;
  readonly deliverables: string;
  readonly approach: string;
  readonly milestones: string;
  readonly tags: readonly string[];
  readonly links: readonly { label: string }[];
  readonly themes: readonly Theme[];
  readonly status: Status;
  readonly innovationAreas: readonly InnovationArea[];
  readonly confirmsInDevelopment: boolean;
  readonly confirmsNotCommercial: boolean;
}

export interface ConditionFacts {
  readonly initiatorIsMunicipality: boolean;
  /** Participating municipalities, not counting the initiator. */
  readonly participatingMunicipalities: number;
  /**
   * True when a draft is being published. Condition 3 is judged then only: a published pilot may later move
   * on to completion or scaling without losing its page.
   */
  readonly firstPublication: boolean;
}

/**
 * Phrases that sell rather than describe. Kept narrow on purpose: a municipal pilot may well talk about
 * "korting" for residents with a low income or about a budget in euros, so only sales wording and prices per
 * period, licence or user count. Matched on lower-cased text.
 */
const salesPatterns: readonly RegExp[] = [
  /\bkoop\s+(?:het\s+)?(?:nu|vandaag|direct)\b/g,
  /\bnu\s+(?:kopen|bestellen|aanschaffen)\b/g,
  /\bbestel(?![\w-])(?:\s+(?:nu|direct|vandaag))?/g,
  /\b\d+\s?%\s?korting\b/g,
  /\b(?:met|extra|tijdelijk)\s+korting\b/g,
  /\b(?:kortingscode|introductiekorting|actieprijs|scherpe\s+prijs)\b/g,
  /\bprijs\s+per\s+(?:licentie|gebruiker|maand|jaar)\b/g,
  /\bgratis\s+(?:demo|proefperiode|proefversie|trial)\b/g,
  /\b(?:offerte|demo)\s+aanvragen\b/g,
  /\bvraag\s+(?:nu\s+|direct\s+)?(?:een\s+)?(?:offerte|demo)\b/g,
  /\bniet\s+goed,?\s+geld\s+terug\b/g,
  /\b(?:buy|order)\s+now\b/g,
  /\bfree\s+(?:demo|trial)\b/g,
  /\brequest\s+a\s+(?:quote|demo)\b/g,
  /\b\d+\s?%\s?(?:discount|off)\b/g,
  /\bprice\s+per\s+(?:licen[cs]e|user|seat)\b/g,
  /(?:€|\beur\b|\beuro\b)\s?\d[\d.,]*(?:,-)?\s*(?:per|p\/|\/|a)\s*(?:maand|mnd|jaar|licentie|gebruiker|stuk|month|year|licen[cs]e|user|seat)\b/g,
  /\b\d[\d.,]*\s?(?:€|euro)\s*(?:per|p\/|\/)\s*(?:maand|mnd|jaar|licentie|gebruiker|month|year|licen[cs]e|user)\b/g,
];

/** The sales phrases in a text (lower-cased), in the order they appear, without duplicates. */
export function findSalesLanguage(text: string): string[] {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const found: { at: number; phrase: string }[] = [];
  for (const pattern of salesPatterns) {
    for (const match of lower.matchAll(pattern)) found.push({ at: match.index, phrase: match[0].trim() });
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((item) => item.phrase))];
}

/** The texts checked for sales language, by the field a problem is shown at. */
function textsByField(subject: ConditionSubject): [string, string][] {
  return [
    ['title', subject.title],
    ['summary', subject.summary],
    ['what', subject.what],
    ['goal', subject.goal],
    ['deliverables', subject.deliverables],
    ['approach', subject.approach],
    ['milestones', subject.milestones],
    ['tags', subject.tags.join(', ')],
    ['links', subject.links.map((link) => link.label).join(', ')],
  ];
}

/** Checks the four conditions; an empty `failed` list means the pilot may be published. */
export function checkConditions(subject: ConditionSubject, facts: ConditionFacts): ConditionReport {
  const problems: ConditionProblem[] = [];
  if (subject.innovationAreas.length === 0) problems.push({ condition: 'municipal_innovation', field: 'innovationAreas', code: 'no_innovation_area' });
  if (subject.themes.length === 0) problems.push({ condition: 'municipal_innovation', field: 'themes', code: 'no_theme' });
  if (facts.firstPublication) {
    if (!subject.confirmsInDevelopment) problems.push({ condition: 'still_in_development', field: 'confirmsInDevelopment', code: 'not_confirmed_in_development' });
    if (subject.status === 'completed') problems.push({ condition: 'still_in_development', field: 'status', code: 'completed' });
  }
  if (!subject.confirmsNotCommercial) problems.push({ condition: 'not_commercial', field: 'confirmsNotCommercial', code: 'not_confirmed_not_commercial' });
  for (const [field, text] of textsByField(subject)) {
    const words = findSalesLanguage(text);
    if (words.length > 0) problems.push({ condition: 'not_commercial', field, code: 'sales_language', words });
  }
  const failed = pilotConditions.filter((condition) => problems.some((problem) => problem.condition === condition));
  return {
    failed,
    problems,
    needsMunicipalityDeadline: !facts.initiatorIsMunicipality && facts.participatingMunicipalities === 0,
  };
}
