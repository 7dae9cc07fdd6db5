// SPDX-License-Identifier: EUPL-1.2
import { ChoiceGroup, CsrfField, ErrorSummary, TextAreaField, TextField, type FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { ImpactAnalysis, ScalingCandidate } from '../scaling.service.js';
import { recommendations, standardsFits } from '../scaling.tables.js';
import { formatDate } from './impact-analysis.js';

interface ScalingManagePageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  candidate: ScalingCandidate | undefined;
  history: readonly ImpactAnalysis[];
  form: FormState;
}

/** GET /pilots/:id/scaling (moderators): mark or unmark the candidate, record a new analysis version, see the history. */
export function ScalingManagePage({ ctx, pilot, candidate, history, form }: ScalingManagePageProps): JSX.Element {
  const { t, locale } = ctx;
  const title = t('scaling.manage.title', { title: pilot.title });
  const field = (name: string) => t(`scaling.fields.${name}`);
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('scaling.manage.backToPilot')}</a>
        </p>
        <p class="utrecht-paragraph" safe>{candidate ? t('scaling.manage.isCandidate', { date: formatDate(candidate.markedAt, locale) }) : t('scaling.manage.notCandidate')}</p>
        <form method="post" action={candidate ? `/pilots/${pilot.id}/scaling/candidate/remove` : `/pilots/${pilot.id}/scaling/candidate`} class="ps-actions">
          <CsrfField token={ctx.csrfToken} />
          <button class={`utrecht-button utrecht-button--${candidate ? 'secondary' : 'primary'}-action`} type="submit" safe>{candidate ? t('scaling.manage.unmark') : t('scaling.manage.mark')}</button>
        </form>
        {candidate ? (
          <section aria-labelledby="scaling-form-heading">
            <h2 class="utrecht-heading-2" id="scaling-form-heading" safe>{t('scaling.manage.formHeading')}</h2>
            <p class="utrecht-paragraph" safe>{t('scaling.manage.formIntro')}</p>
            <form method="post" action={`/pilots/${pilot.id}/scaling/analysis`} class="ps-form" novalidate>
              <CsrfField token={ctx.csrfToken} />
              <ErrorSummary form={form} t={t} />
              <TextField form={form} name="reachMunicipalities" type="number" inputmode="numeric" label={field('reachMunicipalities')} t={t} required />
              <TextAreaField form={form} name="reach" label={field('reach')} description={t('scaling.fields.reachHelp')} t={t} required maxlength={2000} />
              <TextAreaField form={form} name="expectedValue" label={field('expectedValue')} description={t('scaling.fields.expectedValueHelp')} t={t} required maxlength={4000} />
              <TextAreaField form={form} name="costs" label={field('costs')} description={t('scaling.fields.costsHelp')} t={t} required maxlength={4000} />
              <TextAreaField form={form} name="prerequisites" label={field('prerequisites')} description={t('scaling.fields.prerequisitesHelp')} t={t} required maxlength={4000} />
              <ChoiceGroup form={form} name="standardsFit" type="radio" legend={field('standardsFit')} t={t} required options={standardsFits.map((value) => ({ value, label: t(`scaling.standardsFit.${value}`) }))} />
              <TextAreaField form={form} name="standardsExplanation" label={field('standardsExplanation')} t={t} required maxlength={4000} />
              <ChoiceGroup form={form} name="recommendation" type="radio" legend={field('recommendation')} t={t} required options={recommendations.map((value) => ({ value, label: t(`scaling.recommendation.${value}`) }))} />
              <TextAreaField form={form} name="recommendationArgument" label={field('recommendationArgument')} t={t} required maxlength={4000} />
              <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('scaling.manage.save')}</button>
            </form>
          </section>
        ) : (
          ''
        )}
        <section aria-labelledby="scaling-history-heading">
          <h2 class="utrecht-heading-2" id="scaling-history-heading" safe>{t('scaling.manage.history')}</h2>
          {history.length === 0 ? (
            <p class="utrecht-paragraph" safe>{t('scaling.manage.noHistory')}</p>
          ) : (
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption ps-visually-hidden" safe>{t('scaling.manage.history')}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('scaling.manage.version')}</th>
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('scaling.manage.date')}</th>
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('scaling.manage.by')}</th>
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('scaling.fields.recommendation')}</th>
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('scaling.fields.reachMunicipalities')}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {history.map((version) => (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell" safe>{String(version.version)}</td>
                    <td class="utrecht-table__cell" safe>{formatDate(version.recordedAt, locale)}</td>
                    <td class="utrecht-table__cell" safe>{version.recordedByName ?? t('scaling.manage.unknownPerson')}</td>
                    <td class="utrecht-table__cell" safe>{t(`scaling.recommendation.${version.recommendation}`)}</td>
                    <td class="utrecht-table__cell" safe>{String(version.reachMunicipalities)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </>
    </Layout>
  );
}
