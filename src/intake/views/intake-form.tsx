// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, TextAreaField, TextField, type FormState } from '../../platform/views/form-components.js';
import type { Intake } from '../intake.service.js';

/** The intake as form values, to prefill the edit form. */
export function intakeFormValues(intake: Intake | null): FormState {
  if (!intake) return { values: { reflectionRhythmWeeks: '6' }, errors: {} };
  const { learningGoals, scalingGoals, whyAndForWhom, monitoring, userProblem, decisionMaker, resultOwners, reflectionRhythmWeeks } = intake;
  return {
    values: { learningGoals, scalingGoals: scalingGoals ?? '', whyAndForWhom, monitoring, userProblem, decisionMaker, resultOwners, reflectionRhythmWeeks: String(reflectionRhythmWeeks) },
    errors: {},
  };
}

/** The intake form (also shown again with errors). */
export function IntakeForm({ ctx, pilotId, form }: { ctx: PageContext; pilotId: number; form: FormState }): JSX.Element {
  const { t } = ctx;
  const label = (field: string) => t(`intake.fields.${field}`);
  return (
    <form method="post" action={`/pilots/${pilotId}/intake`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <TextAreaField form={form} name="learningGoals" label={label('learningGoals')} description={label('learningGoalsHint')} t={t} required maxlength={4000} />
      <TextAreaField form={form} name="scalingGoals" label={label('scalingGoals')} description={label('scalingGoalsHint')} t={t} maxlength={4000} />
      <TextAreaField form={form} name="whyAndForWhom" label={label('whyAndForWhom')} t={t} required maxlength={4000} />
      <TextAreaField form={form} name="monitoring" label={label('monitoring')} t={t} required maxlength={4000} />
      <TextAreaField form={form} name="userProblem" label={label('userProblem')} t={t} required maxlength={4000} />
      <TextField form={form} name="decisionMaker" label={label('decisionMaker')} t={t} required maxlength={500} />
      <TextAreaField form={form} name="resultOwners" label={label('resultOwners')} t={t} required rows={2} maxlength={1000} />
      <TextField form={form} name="reflectionRhythmWeeks" type="number" inputmode="numeric" label={label('reflectionRhythmWeeks')} description={label('reflectionRhythmWeeksHint')} t={t} required />
      <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('intake.save')}</button>
    </form>
  );
}
