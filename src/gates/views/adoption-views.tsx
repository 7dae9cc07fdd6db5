// SPDX-License-Identifier: EUPL-1.2
import { CsrfField, ErrorSummary, TextAreaField, TextField, type FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { EvaluationSummary, type EvaluationView } from './closing-views.js';

export interface AdoptionView {
  organisationName: string;
  organisationSlug: string;
  adopterPilotId: number | null;
  note: string;
}

/** The "we adopted this" form: what was adopted, and optionally the adopter's own pilot. */
export function AdoptionForm({ ctx, pilotId, form }: { ctx: PageContext; pilotId: number; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <form method="post" action={`/pilots/${pilotId}/adoptions`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <ErrorSummary form={form} t={t} />
      <TextAreaField form={form} t={t} name="note" label={t('gates.closingFields.note')} rows={3} maxlength={2000} required />
      <TextField form={form} t={t} name="adopterPilotId" label={t('gates.closingFields.adopterPilotId')} description={t('gates.closingHelp.adopterPilotId')} />
      <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('gates.adoption.submit')}</button>
    </form>
  );
}

export interface ClosingSectionProps {
  ctx: PageContext;
  pilotId: number;
  evaluation: EvaluationView | null;
  adoptions: readonly AdoptionView[];
  adoptedFrom: readonly { id: number; title: string }[];
  /** 'form' for members of another organisation, 'sign_in' for visitors, null otherwise. */
  adopt: 'form' | 'sign_in' | null;
  isTeam: boolean;
}

/** Pilot page block: end evaluation, who adopted the result, what this pilot builds on, and "we adopted this". */
export function ClosingSection({ ctx, pilotId, evaluation, adoptions, adoptedFrom, adopt, isTeam }: ClosingSectionProps): JSX.Element {
  const { t } = ctx;
  return (
    <section aria-labelledby="closing-section-heading" class="ps-gates-section">
      <h2 class="utrecht-heading-2" id="closing-section-heading" safe>{t('gates.closing.link')}</h2>
      {evaluation ? <EvaluationSummary ctx={ctx} evaluation={evaluation} /> : ''}
      {evaluation || isTeam ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilotId}/closing`} safe>{t('gates.closing.link')}</a>
        </p>
      ) : ''}
      <h3 class="utrecht-heading-3" safe>{t('gates.adoption.heading')}</h3>
      {adoptions.length === 0 ? (
        <p class="utrecht-paragraph" safe>{t('gates.adoption.none')}</p>
      ) : (
        <ul class="utrecht-unordered-list">
          {adoptions.map((adoption) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`/organisations/${encodeURIComponent(adoption.organisationSlug)}`} safe>{adoption.organisationName}</a>
              {adoption.adopterPilotId ? (
                <>
                  {' '}
                  <a class="utrecht-link" href={`/pilots/${adoption.adopterPilotId}`} safe>{t('gates.adoption.ownPilot', { pilot: String(adoption.adopterPilotId) })}</a>
                </>
              ) : ''}
              <span safe>{`: ${adoption.note}`}</span>
            </li>
          ))}
        </ul>
      )}
      {adoptedFrom.length ? (
        <>
          <h3 class="utrecht-heading-3" safe>{t('gates.adoption.adoptedFromHeading')}</h3>
          <ul class="utrecht-unordered-list">
            {adoptedFrom.map((source) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={`/pilots/${source.id}`} safe>{source.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : ''}
      {adopt === 'form' ? (
        <>
          <h3 class="utrecht-heading-3" safe>{t('gates.adoption.formHeading')}</h3>
          <AdoptionForm ctx={ctx} pilotId={pilotId} form={{ values: {}, errors: {} }} />
        </>
      ) : adopt === 'sign_in' ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/sign-in?return=${encodeURIComponent(`/pilots/${pilotId}`)}`} safe>{t('gates.adoption.signIn')}</a>
        </p>
      ) : ''}
    </section>
  );
}

/** The adoption form on its own page, shown again with the errors when a post is invalid. */
export function AdoptionPage({ ctx, pilot, form }: { ctx: PageContext; pilot: { id: number; title: string }; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('gates.adoption.formHeading')}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('gates.page.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{t('gates.adoption.formHeading')}</h1>
        <p class="utrecht-paragraph" safe>{pilot.title}</p>
        <AdoptionForm ctx={ctx} pilotId={pilot.id} form={form} />
      </>
    </Layout>
  );
}
