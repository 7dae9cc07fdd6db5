// SPDX-License-Identifier: EUPL-1.2
import { ChoiceGroup, CsrfField, ErrorSummary, SelectField, TextAreaField, TextField, type FormState, type Option } from '../../platform/views/form-components.js';
import type { Translate } from '../../platform/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { carriedKinds, closingOutcomes, resultDecisions, scalingDirections, scalingReaches, valueKinds, valueSizes } from '../gates.tables.js';
import { EvaluationSummary, FollowThroughList, type EvaluationView, type FollowThroughView } from './closing-views.js';

export interface ClosingPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  evaluation: EvaluationView | null;
  followThrough: readonly FollowThroughView[];
  canClose: boolean;
  canAddFollowThrough: boolean;
  closingForm: FormState;
  followForm: FormState;
}

const options = (keys: readonly string[], t: Translate, prefix: string): Option[] => keys.map((key) => ({ value: key, label: t(`${prefix}.${key}`) }));
const label = (t: Translate, field: string) => t(`gates.closingFields.${field}`);

/** /pilots/:id/closing: the end evaluation and follow-through, with forms for the client or lead and the team. */
export function ClosingPage(props: ClosingPageProps): JSX.Element {
  const { ctx, pilot, evaluation, followThrough, canClose, canAddFollowThrough, closingForm, followForm } = props;
  const { t } = ctx;
  const title = t('gates.closing.title', { pilot: pilot.title });
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('gates.page.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph" safe>{t('gates.closing.intro')}</p>
        <section aria-labelledby="closing-evaluation-heading">
          <h2 class="utrecht-heading-2" id="closing-evaluation-heading" safe>{t('gates.closing.evaluationHeading')}</h2>
          {evaluation ? <EvaluationSummary ctx={ctx} evaluation={evaluation} /> : <p class="utrecht-paragraph" safe>{t('gates.closing.noEvaluation')}</p>}
          {canClose ? (
            <form method="post" action={`/pilots/${pilot.id}/closing`} class="ps-form" novalidate>
              <h3 class="utrecht-heading-3" safe>{t('gates.closing.evaluationFormHeading')}</h3>
              <CsrfField token={ctx.csrfToken} />
              <ErrorSummary form={closingForm} t={t} />
              <ChoiceGroup form={closingForm} t={t} name="outcome" type="radio" legend={label(t, 'outcome')} options={options(closingOutcomes, t, 'gates.outcome')} required />
              <TextAreaField form={closingForm} t={t} name="stopReason" label={label(t, 'stopReason')} rows={3} maxlength={2000} />
              <ChoiceGroup form={closingForm} t={t} name="valueKinds" type="checkbox" legend={label(t, 'valueKinds')} options={options(valueKinds, t, 'gates.valueKind')} required />
              <SelectField form={closingForm} t={t} name="valueSize" label={label(t, 'valueSize')} options={options(valueSizes, t, 'gates.valueSize')} placeholder="" required />
              <ChoiceGroup form={closingForm} t={t} name="resultDecision" type="radio" legend={label(t, 'resultDecision')} options={options(resultDecisions, t, 'gates.resultDecision')} required />
              <TextAreaField form={closingForm} t={t} name="resultArgument" label={label(t, 'resultArgument')} rows={4} maxlength={4000} required />
              <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('gates.closing.save')}</button>
            </form>
          ) : ''}
        </section>
        <section aria-labelledby="closing-follow-heading">
          <h2 class="utrecht-heading-2" id="closing-follow-heading" safe>{t('gates.closing.followHeading')}</h2>
          <FollowThroughList ctx={ctx} records={followThrough} />
          {canAddFollowThrough ? (
            <form method="post" action={`/pilots/${pilot.id}/follow-through`} class="ps-form" novalidate>
              <h3 class="utrecht-heading-3" safe>{t('gates.closing.followFormHeading')}</h3>
              <CsrfField token={ctx.csrfToken} />
              <ErrorSummary form={followForm} t={t} />
              <SelectField form={followForm} t={t} name="carried" label={label(t, 'carried')} options={options(carriedKinds, t, 'gates.carried')} placeholder="" required />
              <TextField form={followForm} t={t} name="destination" label={label(t, 'destination')} required maxlength={500} />
              <TextField form={followForm} t={t} name="carriedBy" label={label(t, 'carriedBy')} required maxlength={500} />
              <ChoiceGroup form={followForm} t={t} name="direction" type="radio" legend={label(t, 'direction')} description={t('gates.closingHelp.direction')} options={options(scalingDirections, t, 'gates.direction')} required />
              <ChoiceGroup form={followForm} t={t} name="reach" type="radio" legend={label(t, 'reach')} options={options(scalingReaches, t, 'gates.reach')} required />
              <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('gates.closing.addFollow')}</button>
            </form>
          ) : ''}
        </section>
      </>
    </Layout>
  );
}
