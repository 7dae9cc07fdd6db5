// SPDX-License-Identifier: EUPL-1.2
/** The fixed lists of the instruments (DOMAIN.md §5); their texts live in reflection.messages.ts. */

export const reflectionQuestions = ['lessonsLearned', 'lessonsShared', 'implications', 'whomToInvolve'] as const;
export type ReflectionQuestion = (typeof reflectionQuestions)[number];

export const barriers = [
  'bureaucracy', 'accountability', 'risk_avoidance', 'lack_of_competition', 'existing_institutions', 'ict', 'time', 'finance', 'resistance',
] as const;
export type Barrier = (typeof barriers)[number];

export const strategies = [
  'link_to_power', 'informal_networks', 'define_workfloor_problem', 'political_support', 'frame_status_quo', 'seize_window',
  'copy_from_others', 'small_steps', 'frame_as_experiment', 'contain_risk', 'management_support_after',
] as const;
export type Strategy = (typeof strategies)[number];

export const risks = [
  'loss_of_stability', 'illegal_practice', 'corruption', 'waste', 'undermining_local', 'power_shift', 'stakeholder_harm', 'technocratic_dominance', 'security',
] as const;
export type Risk = (typeof risks)[number];

/**
 * Strategies the Utrecht research links to each barrier, strongest first: shown even before any pilot on the
 * platform has marked one, and used to break ties between pilots' marks.
 */
export const researchDefaults: Readonly<Record<Barrier, readonly Strategy[]>> = {
  bureaucracy: ['link_to_power', 'informal_networks', 'small_steps'],
  accountability: ['frame_as_experiment', 'contain_risk', 'link_to_power'],
  risk_avoidance: ['contain_risk', 'frame_as_experiment', 'small_steps'],
  lack_of_competition: ['copy_from_others', 'informal_networks'],
  existing_institutions: ['seize_window', 'political_support', 'frame_status_quo'],
  ict: ['small_steps', 'copy_from_others', 'define_workfloor_problem'],
  time: ['define_workfloor_problem', 'management_support_after', 'small_steps'],
  finance: ['management_support_after', 'political_support', 'seize_window'],
  resistance: ['frame_status_quo', 'define_workfloor_problem', 'informal_networks'],
};

export const isBarrier = (value: string): value is Barrier => (barriers as readonly string[]).includes(value);
export const isStrategy = (value: string): value is Strategy => (strategies as readonly string[]).includes(value);

/** Weeks between sessions when the intake does not say (the research's example rhythm). */
export const defaultRhythmWeeks = 6;
/** A reminder that a session is coming goes out this many days before it is due. */
export const dueNoticeDays = 7;
