// SPDX-License-Identifier: EUPL-1.2
import { Html } from '@kitajs/html';
import type { PageContext } from '../../platform/views/page-context.js';
import { Button, ChoiceGroup, CsrfField, TextAreaField, TextField, fieldValues, typedValue, type FormState } from '../../platform/views/form-components.js';
import { formatDate } from '../../pilots/views/format.js';
import { reflectionQuestions } from '../reflection.catalogue.js';
import type { ActionRow } from '../reflection.service.js';
import { actionRows } from '../reflection.schemas.js';

/** One action as a line: what, who, and the target date when there is one. */
export function actionText(ctx: PageContext, action: ActionRow): string {
  const line = ctx.t('reflection.sessions.actionLine', { description: action.description, owner: action.owner });
  return action.dueOn ? `${line} (${ctx.t('reflection.sessions.actionDueOn', { date: formatDate(action.dueOn, ctx.locale) })})` : line;
}

/**
 * One text input of an action row. Written out (not TextField) because the three rows post the same field
 * names, and TextField derives element ids from the name, which would repeat ids.
 */
function ActionInput({ name, index, label, value, type = 'text', maxlength }: { name: string; index: number; label: string; value: string; type?: 'text' | 'date'; maxlength?: number }): JSX.Element {
  const id = `field-${name}-${index + 1}`;
  return (
    <div class="utrecht-form-field utrecht-form-field--text">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id} safe>{label}</label>
      </div>
      <div class="utrecht-form-field__input">
        <input class="utrecht-textbox utrecht-textbox--html-input" id={id} name={name} type={type} value={typedValue(value)} maxlength={maxlength} />
      </div>
    </div>
  );
}

/** The action rows keep what was typed after a failed submit: each list is read by position. */
function ActionFields({ ctx, form }: { ctx: PageContext; form: FormState }): JSX.Element {
  const { t } = ctx;
  const descriptions = fieldValues(form, 'actionDescription');
  const owners = fieldValues(form, 'actionOwner');
  const dues = fieldValues(form, 'actionDue');
  const error = form.errors.actions;
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ps-reflection-actions" id="field-actions" aria-describedby={error ? 'field-actions-description field-actions-error' : 'field-actions-description'}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{t('reflection.sessions.actionsLegend')}</legend>
      <div class="utrecht-form-field-description" id="field-actions-description" safe>{t('reflection.sessions.actionsHint')}</div>
      {error ? <div class="utrecht-form-field-error-message" id="field-actions-error" safe>{error}</div> : ''}
      {Array.from({ length: actionRows }, (_, index) => (
        <div class="ps-reflection-action-row">
          <ActionInput name="actionDescription" index={index} label={t('reflection.sessions.actionDescription', { number: index + 1 })} value={descriptions[index] ?? ''} maxlength={500} />
          <ActionInput name="actionOwner" index={index} label={t('reflection.sessions.actionOwner', { number: index + 1 })} value={owners[index] ?? ''} maxlength={200} />
          <ActionInput name="actionDue" index={index} type="date" label={t('reflection.sessions.actionDue', { number: index + 1 })} value={dues[index] ?? ''} />
        </div>
      ))}
    </fieldset>
  );
}

/** The form to record a session; open actions can be ticked as done, the rest carries over. */
export function SessionForm({ ctx, pilotId, form, openActions }: { ctx: PageContext; pilotId: number; form: FormState; openActions: readonly ActionRow[] }): JSX.Element {
  const { t } = ctx;
  return (
    <form method="post" action={`/pilots/${pilotId}/reflections`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <TextField form={form} name="heldOn" type="date" label={t('reflection.sessions.heldOn')} t={t} required />
      {reflectionQuestions.map((question) => (
        <TextAreaField form={form} name={question} label={t(`reflection.sessions.${question}`)} t={t} required={question === 'lessonsLearned'} maxlength={5000} />
      ))}
      <TextAreaField form={form} name="notes" label={t('reflection.sessions.notes')} t={t} maxlength={5000} />
      <ActionFields ctx={ctx} form={form} />
      {openActions.length ? (
        <ChoiceGroup
          form={form}
          name="doneActions"
          type="checkbox"
          legend={t('reflection.sessions.doneLegend')}
          description={t('reflection.sessions.doneHint')}
          t={t}
          options={openActions.map((action) => ({ value: String(action.id), label: actionText(ctx, action) }))}
        />
      ) : (
        ''
      )}
      <Button>{Html.escapeHtml(t('reflection.sessions.save'))}</Button>
    </form>
  );
}
