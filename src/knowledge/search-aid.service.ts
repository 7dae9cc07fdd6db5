// SPDX-License-Identifier: EUPL-1.2
import { adoptionsService } from '../gates/adoptions.service.js';
import { lessonsService, type ListedLesson } from '../lessons/lessons.service.js';
import { matchingService } from '../matching/matching.service.js';
import type { SimilarityReason } from '../matching/matching.types.js';
import type { AppContext } from '../platform/module.js';
import { participationService } from '../participation/participation.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { PilotSummary } from '../pilots/pilots.types.js';
import { isStopword, stem, tokenize } from '../search/text/index.js';

/** A pilot that fits the problem, with the matcher's reasons. */
export interface FittingPilot {
  pilot: PilotSummary;
  score: number;
  reasons: SimilarityReason[];
}

/** A lesson that fits: through the visitor's own words it shares, and/or because its pilot fits. */
export interface FittingLesson {
  lesson: ListedLesson;
  sharedWords: string[];
  fromFittingPilot: boolean;
}

/** An organisation that adopted or takes part in fitting pilots. */
export interface FittingOrganisation {
  organisation: { id: number; name: string; slug: string };
  adopted: { id: number; title: string }[];
  takesPart: { id: number; title: string }[];
}

export interface SearchAidResult {
  pilots: FittingPilot[];
  lessons: FittingLesson[];
  organisations: FittingOrganisation[];
}

const pilotLimit = 8;
/** Organisations and lessons are looked up for the best few pilots only: a fixed number of queries. */
const pilotsForOrganisations = 5;
const pilotsForLessons = 3;
const participantsPerPilot = 10;
const lessonLimit = 6;
const organisationLimit = 10;
/** Words of the description searched one by one in the lessons (their search requires every word). */
const lessonWords = 8;

/** The first distinct content words of a text (one per stem), in the visitor's own spelling. */
export function contentWords(text: string, limit: number): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const token of tokenize(text)) {
    if (token.length < 3 || isStopword(token) || /^\d+$/.test(token)) continue;
    const key = stem(token);
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(token);
    if (words.length >= limit) break;
  }
  return words;
}

/**
 * The search aid: from a problem in someone's own words to pilots (the matcher), lessons (lesson search per
 * word, plus the published lessons of the best pilots) and adopting organisations (adoptions and participants
 * of the best pilots). Every step is bounded, so the cost does not grow with the number of pilots.
 */
export function searchAidService(context: AppContext) {
  const pilots = pilotsService(context);
  const lessons = lessonsService(context);

  async function fittingLessons(text: string, best: readonly FittingPilot[]): Promise<FittingLesson[]> {
    const words = contentWords(text, lessonWords);
    const byWord = await Promise.all(words.map(async (word) => ({ word, items: (await lessons.search({ q: word, pageSize: 20 })).items })));
    const found = new Map<number, FittingLesson>();
    for (const { word, items } of byWord) {
      for (const lesson of items) {
        const entry = found.get(lesson.id) ?? { lesson, sharedWords: [], fromFittingPilot: false };
        entry.sharedWords.push(word);
        found.set(lesson.id, entry);
      }
    }
    const fromPilots = await Promise.all(best.slice(0, pilotsForLessons).map(async ({ pilot }) => ({ pilot, items: await lessons.publishedForPilot(pilot.id) })));
    for (const { pilot, items } of fromPilots) {
      for (const lesson of items.slice(0, lessonLimit)) {
        const entry = found.get(lesson.id) ?? { lesson: { ...lesson, pilotTitle: pilot.title }, sharedWords: [], fromFittingPilot: false };
        entry.fromFittingPilot = true;
        found.set(lesson.id, entry);
      }
    }
    const weight = (entry: FittingLesson) => entry.sharedWords.length + (entry.fromFittingPilot ? 1.5 : 0);
    return [...found.values()].sort((a, b) => weight(b) - weight(a) || b.lesson.id - a.lesson.id).slice(0, lessonLimit);
  }

  async function fittingOrganisations(best: readonly FittingPilot[]): Promise<FittingOrganisation[]> {
    const adoptions = adoptionsService(context);
    const participation = participationService(context);
    const top = best.slice(0, pilotsForOrganisations);
    const perPilot = await Promise.all(
      top.map(async ({ pilot }) => ({
        pilot: { id: pilot.id, title: pilot.title },
        adopters: (await adoptions.forPilot(pilot.id)).adoptions,
        participants: (await participation.participantPage(pilot.id, { limit: participantsPerPilot, offset: 0 })).items,
      })),
    );
    const found = new Map<number, FittingOrganisation>();
    const entry = (organisation: { id: number; name: string; slug: string }) => {
      const existing = found.get(organisation.id) ?? { organisation, adopted: [], takesPart: [] };
      found.set(organisation.id, existing);
      return existing;
    };
    for (const { pilot, adopters, participants } of perPilot) {
      for (const adopter of adopters) entry({ id: adopter.organisationId, name: adopter.organisationName, slug: adopter.organisationSlug }).adopted.push(pilot);
      for (const participant of participants) entry({ id: participant.id, name: participant.name, slug: participant.slug }).takesPart.push(pilot);
    }
    // Adopters first: they took a result up, which is what someone with this problem wants to hear about.
    const weight = (item: FittingOrganisation) => item.adopted.length * 2 + item.takesPart.length;
    return [...found.values()].sort((a, b) => weight(b) - weight(a) || a.organisation.name.localeCompare(b.organisation.name, 'nl')).slice(0, organisationLimit);
  }

  return {
    /** What fits the described problem. The text must already be validated (searchAidQuerySchema). */
    async find(text: string): Promise<SearchAidResult> {
      const similar = await matchingService(context).similarToText({ title: '', summary: text }, pilotLimit);
      const summaries = new Map((await pilots.summaries(similar.map((match) => match.id))).map((summary) => [summary.id, summary]));
      const fitting = similar.flatMap((match) => {
        const pilot = summaries.get(match.id);
        return pilot ? [{ pilot, score: match.score, reasons: match.reasons }] : [];
      });
      const [lessonsFound, organisations] = await Promise.all([fittingLessons(text, fitting), fittingOrganisations(fitting)]);
      return { pilots: fitting, lessons: lessonsFound, organisations };
    },
  };
}
