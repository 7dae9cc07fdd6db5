// SPDX-License-Identifier: EUPL-1.2
import { ChoiceGroup, CsrfField, ErrorSummary, SelectField, TextAreaField, type FormState } from '../../platform/views/form-components.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { gateDecisions, gateIndicators } from '../gates.tables.js';

/** The decision form: the decision, a score and a note per indicator, and why. Works without JavaScript. */
export function GateDecisionForm({ ctx, pilotId, form }: { ctx: PageContext; pilotId: number; form: FormState }): JSX.Element {
  const { t } = ctx;
  const scoreOptions = [1, 2, 3, 4, 5].map((score) => ({ value: String(score), label: t(`gates.score.${score}`) }));
  const decisionOptions = gateDecisions.map((decision) => ({ value: decision, label: `${t(`gates.decision.${decision}`)}: ${t(`gates.decisionHelp.${decision}`)}` }));
  return (
    <form method="post" action={`/pilots/${pilotId}/gates`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <ErrorSummary form={form} t={t} />
      <ChoiceGroup form={form} t={t} name="decision" type="radio" legend={t('gates.fields.decision')} options={decisionOptions} required />
      {gateIndicators.map((indicator) => (
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ps-gates-indicator">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{t(`gates.indicator.${indicator}`)}</legend>
          <SelectField
            form={form}
            t={t}
            name={`${indicator}Score`}
            label={t(`gates.fields.${indicator}Score`)}
            description={t('gates.help.score')}
            options={scoreOptions}
            placeholder=""
            required
          />
          <TextAreaField form={form} t={t} name={`${indicator}Note`} label={t(`gates.fields.${indicator}Note`)} rows={3} maxlength={2000} required />
        </fieldset>
      ))}
      <TextAreaField form={form} t={t} name="reason" label={t('gates.fields.reason')} description={t('gates.help.reason')} rows={4} maxlength={2000} required />
      <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('gates.page.submit')}</button>
    </form>
  );
}
