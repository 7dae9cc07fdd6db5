// SPDX-License-Identifier: EUPL-1.2
import { nowIso } from '../db/columns.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { intakeRepository, isUniqueViolation, type IntakeRow, type TheoryOfChangeRow } from './intake.repository.js';
import { intakeInputSchema, theoryInputSchema, type IntakeFormInput, type TheoryFormInput } from './intake.schemas.js';

/** A pilot's intake as other modules see it. */
export interface Intake {
  pilotId: number;
  learningGoals: string;
  scalingGoals: string | null;
  whyAndForWhom: string;
  monitoring: string;
  userProblem: string;
  decisionMaker: string;
  resultOwners: string;
  reflectionRhythmWeeks: number;
  updatedAt: string;
}

/** One version of a theory of change. */
export interface TheoryOfChange {
  pilotId: number;
  version: number;
  input: string;
  activities: string;
  output: string;
  outcome: string;
  impact: string;
  inputAssumption: string | null;
  activitiesAssumption: string | null;
  outputAssumption: string | null;
  outcomeAssumption: string | null;
  createdAt: string;
}

/**
 * How often a theory save is tried when another save of the same pilot took its version number at the same moment.
 * Each retry reads the new highest version, so only saves that keep colliding need more; a team saves by hand.
 */
const theorySaveAttempts = 8;

export type IntakeSaveResult = { ok: true; version?: number } | { ok: false; reason: 'not_found' | 'forbidden' | 'invalid' };

function presentIntake(row: IntakeRow): Intake {
  const { pilotId, learningGoals, scalingGoals, whyAndForWhom, monitoring, userProblem, decisionMaker, resultOwners, reflectionRhythmWeeks, updatedAt } = row;
  return { pilotId, learningGoals, scalingGoals, whyAndForWhom, monitoring, userProblem, decisionMaker, resultOwners, reflectionRhythmWeeks: Number(reflectionRhythmWeeks), updatedAt };
}

function presentTheory(row: TheoryOfChangeRow): TheoryOfChange {
  const { pilotId, version, input, activities, output, outcome, impact, inputAssumption, activitiesAssumption, outputAssumption, outcomeAssumption, createdAt } = row;
  return { pilotId, version: Number(version), input, activities, output, outcome, impact, inputAssumption, activitiesAssumption, outputAssumption, outcomeAssumption, createdAt };
}

/** Intake (learning and scaling goals, reflection rhythm) and the versioned theory of change of a pilot. */
export function intakeService(context: AppContext) {
  const repository = intakeRepository(context.db);
  const pilots = pilotsService(context);

  /** The pilot must exist; a signed-in actor must be allowed to edit it (actor null = the system, e.g. demo data). */
  async function checkEditor(pilotId: number, actor: CurrentUser | null): Promise<'not_found' | 'forbidden' | null> {
    if (!(await pilots.findById(pilotId))) return 'not_found';
    if (actor && !(await pilots.canEdit(pilotId, actor))) return 'forbidden';
    return null;
  }

  return {
    /** The pilot's intake, or null when the team has not done one yet. */
    async forPilot(pilotId: number): Promise<Intake | null> {
      const row = await repository.findIntake(pilotId);
      return row ? presentIntake(row) : null;
    },

    /** Which of these pilots have an intake (for the coach overview and dashboards). */
    async hasIntake(pilotIds: readonly number[]): Promise<Set<number>> {
      return new Set(await repository.pilotIdsWithIntake(pilotIds));
    },

    /** How many weeks between reflection sessions the team agreed on; null without an intake. */
    async reflectionRhythmWeeks(pilotId: number): Promise<number | null> {
      const row = await repository.findIntake(pilotId);
      return row ? Number(row.reflectionRhythmWeeks) : null;
    },

    /** Saves (or replaces) the intake, validated with the form's schema. */
    async record(pilotId: number, input: IntakeFormInput, actor: CurrentUser | null): Promise<IntakeSaveResult> {
      const refusal = await checkEditor(pilotId, actor);
      if (refusal) return { ok: false, reason: refusal };
      const parsed = intakeInputSchema.safeParse(input);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      const now = nowIso();
      await repository.upsertIntake({ pilotId, ...parsed.data, updatedByUserId: actor?.id ?? null, createdAt: now, updatedAt: now });
      return { ok: true };
    },

    /** The latest theory of change, or a given version; null when there is none. */
    async theory(pilotId: number, version?: number): Promise<TheoryOfChange | null> {
      const row = version === undefined ? await repository.latestTheory(pilotId) : await repository.theoryVersion(pilotId, version);
      return row ? presentTheory(row) : null;
    },

    /** Every saved version (number and time), newest first. */
    async theoryVersions(pilotId: number): Promise<{ version: number; createdAt: string }[]> {
      const rows = await repository.theoryVersions(pilotId);
      return rows.map((row) => ({ version: Number(row.version), createdAt: row.createdAt }));
    },

    /**
     * Saves the theory of change as a new version; earlier versions stay readable. Two team members saving at the
     * same moment both read the same highest version; the database's unique constraint refuses the second insert,
     * and it is retried in a new transaction (on PostgreSQL the failed one is aborted), so both get a version.
     */
    async recordTheory(pilotId: number, input: TheoryFormInput, actor: CurrentUser | null): Promise<IntakeSaveResult> {
      const refusal = await checkEditor(pilotId, actor);
      if (refusal) return { ok: false, reason: refusal };
      const parsed = theoryInputSchema.safeParse(input);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      for (let attempt = 1; ; attempt += 1) {
        try {
          const version = await context.db.transaction().execute((trx) =>
            repository.insertTheoryVersion({ pilotId, ...parsed.data, createdByUserId: actor?.id ?? null, createdAt: nowIso() }, trx),
          );
          return { ok: true, version };
        } catch (error) {
          if (!isUniqueViolation(error) || attempt >= theorySaveAttempts) throw error;
        }
      }
    },
  };
}

export type IntakeService = ReturnType<typeof intakeService>;
