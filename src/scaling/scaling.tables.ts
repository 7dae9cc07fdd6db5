// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

/** How well a pilot fits government standards and Common Ground. */
export const standardsFits = ['fits', 'partly', 'does_not_fit', 'unknown'] as const;
export type StandardsFit = (typeof standardsFits)[number];
/** The impact analysis' advice. */
export const recommendations = ['national', 'regional', 'not_yet', 'no'] as const;
export type Recommendation = (typeof recommendations)[number];

/** The fields of an impact analysis (stored on the candidate as the current version, and in each version). */
export interface ImpactAnalysisColumns {
  reachMunicipalities: number;
  reach: string;
  expectedValue: string;
  costs: string;
  prerequisites: string;
  standardsFit: StandardsFit;
  standardsExplanation: string;
  recommendation: Recommendation;
  recommendationArgument: string;
}

/** A pilot a moderator marked as scaling candidate; the analysis columns hold the latest version (null before the first). */
export interface ScalingCandidatesTable {
  pilotId: number;
  markedAt: string;
  markedByUserId: string | null;
  analysisVersion: number;
  reachMunicipalities: number | null;
  reach: string | null;
  expectedValue: string | null;
  costs: string | null;
  prerequisites: string | null;
  standardsFit: StandardsFit | null;
  standardsExplanation: string | null;
  recommendation: Recommendation | null;
  recommendationArgument: string | null;
  analysedAt: string | null;
  analysedByUserId: string | null;
}

/** Every recorded version of an analysis, never changed: the history of what was advised when. */
export interface ScalingAnalysisVersionsTable extends ImpactAnalysisColumns {
  id: Generated<number>;
  pilotId: number;
  version: number;
  recordedAt: string;
  recordedByUserId: string | null;
}

/** A type alias (not an interface) so Kysely's `withTables` accepts it. */
export type ScalingTables = {
  scalingCandidates: ScalingCandidatesTable;
  scalingAnalysisVersions: ScalingAnalysisVersionsTable;
};
