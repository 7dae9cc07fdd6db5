// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { gateDecisions, gateIndicators } from '../gates/gates.tables.js';
import { lessonClusters, lessonOutcomes } from '../lessons/lessons.schemas.js';
import { dimensions } from '../paradox/paradox.dimensions.js';
import { phases } from '../pilots/pilots.tables.js';
import { apiRegistry } from './api-registry.js';

/**
 * The learning blocks of a pilot in the API (issue 3): gate history, intake goals, the latest paradox means,
 * published lessons and adoptions. Only what the public pilot page shows, minus people: the API is open data that
 * anyone can harvest in bulk, so no names of individuals (deciders, raters) and no free-text notes of adopters.
 */
const isoDateTime = z.iso.datetime({ offset: true });

const indicator = z.strictObject({ score: z.int().min(1).max(5), note: z.string() });

export const gateDecisionSchema = z
  .strictObject({
    decision: z.enum(gateDecisions),
    fromPhase: z.enum(phases),
    toPhase: z.enum(phases),
    indicators: z
      .strictObject(Object.fromEntries(gateIndicators.map((name) => [name, indicator])) as { [K in (typeof gateIndicators)[number]]: typeof indicator })
      .describe('The four indicators judged at the gate, each scored 1 (poor) to 5 (good) with a note.'),
    reason: z.string().describe('Why: the stop or hold reason for NO GO and HOLD.'),
    decidedAt: isoDateTime,
  })
  .register(apiRegistry, { id: 'GateDecision', description: 'A decision at the end of a phase: GO, GO BACK, HOLD or NO GO.' });

export const pilotIntakeSchema = z
  .strictObject({
    learningGoals: z.string(),
    scalingGoals: z.string().nullable(),
    reflectionRhythmWeeks: z.int().min(1).describe('Weeks between the team\'s reflection sessions.'),
    updatedAt: isoDateTime,
  })
  .register(apiRegistry, { id: 'PilotIntake', description: 'What the pilot wants to learn and how it means to scale.' });

const mean = z.number().min(1).max(5);

export const paradoxRoundSchema = z
  .strictObject({
    round: z.int().positive().describe('The round number, from 1.'),
    raters: z.int().positive().describe('How many team members rated in this round.'),
    means: z
      .strictObject(Object.fromEntries(dimensions.map((dimension) => [dimension, mean])) as { [K in (typeof dimensions)[number]]: typeof mean })
      .describe('Mean per dimension, one decimal: 1 is the internal-success pole, 5 the external-success pole.'),
  })
  .register(apiRegistry, { id: 'ParadoxRound', description: 'The team\'s pilot-paradox self-assessment: means only, never individual ratings.' });

/** The fields every lesson has; the platform-wide list adds its pilot. */
export const lessonFields = {
  id: z.int().positive(),
  title: z.string(),
  text: z.string(),
  cluster: z.enum(lessonClusters),
  phase: z.enum(phases),
  outcome: z.enum(lessonOutcomes).describe('Whether what the lesson describes worked.'),
  publishedAt: isoDateTime,
};

export const pilotLessonSchema = z.strictObject(lessonFields).register(apiRegistry, { id: 'PilotLesson', description: 'A lesson a pilot team published.' });

export const adoptionSchema = z
  .strictObject({
    organisation: z.strictObject({ id: z.int().positive(), name: z.string(), slug: z.string() }),
    pilotId: z.int().positive().nullable().describe('The adopter\'s own pilot that took the result up, if linked.'),
    adoptedAt: isoDateTime,
  })
  .register(apiRegistry, { id: 'Adoption', description: 'Another organisation recorded that it adopted this pilot\'s result.' });

export type ApiGateDecision = z.infer<typeof gateDecisionSchema>;
export type ApiPilotIntake = z.infer<typeof pilotIntakeSchema>;
export type ApiParadoxRound = z.infer<typeof paradoxRoundSchema>;
export type ApiPilotLesson = z.infer<typeof pilotLessonSchema>;
export type ApiAdoption = z.infer<typeof adoptionSchema>;
