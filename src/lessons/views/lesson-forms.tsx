// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import { ChoiceGroup, CsrfField, SelectField, TextAreaField, TextField, type FormState } from '../../platform/views/form-components.js';
import { phases } from '../../pilots/pilots.tables.js';
import { lessonClusters, lessonOutcomes } from '../lessons.schemas.js';

/** The after-action form of the learning log. */
export function LogEntryForm({ ctx, pilotId, form }: { ctx: PageContext; pilotId: number; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <form method="post" action={`/pilots/${pilotId}/lessons/log`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      {(['expected', 'happened', 'why', 'nextTime'] as const).map((field) => (
        <TextAreaField form={form} name={field} label={t(`lessons.fields.${field}`)} t={t} required rows={3} maxlength={2000} />
      ))}
      <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('lessons.pilot.saveEntry')}</button>
    </form>
  );
}

/** The form for a new lesson. */
export function LessonForm({ ctx, pilotId, form }: { ctx: PageContext; pilotId: number; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <form method="post" action={`/pilots/${pilotId}/lessons`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <TextField form={form} name="title" label={t('lessons.fields.title')} t={t} required maxlength={200} />
      <TextAreaField form={form} name="body" label={t('lessons.fields.body')} description={t('lessons.fields.bodyHint')} t={t} required maxlength={4000} />
      <SelectField form={form} name="cluster" label={t('lessons.fields.cluster')} t={t} required placeholder="" options={lessonClusters.map((value) => ({ value, label: t(`lessons.cluster.${value}`) }))} />
      <SelectField form={form} name="phase" label={t('lessons.fields.phase')} t={t} required placeholder="" options={phases.map((value) => ({ value, label: t(`pilots.phase.${value}`) }))} />
      <ChoiceGroup form={form} name="outcome" legend={t('lessons.fields.outcome')} t={t} type="radio" required options={lessonOutcomes.map((value) => ({ value, label: t(`lessons.outcome.${value}`) }))} />
      <ChoiceGroup form={form} name="publish" legend={t('lessons.fields.publish')} t={t} type="checkbox" options={[{ value: '1', label: t('lessons.pilot.publish') }]} />
      <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('lessons.pilot.saveLesson')}</button>
    </form>
  );
}
