// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import type { ImpactAnalysis } from '../scaling.service.js';

/** A recorded impact analysis as a description list. */
export function ImpactAnalysisDetails({ ctx, analysis }: { ctx: PageContext; analysis: ImpactAnalysis }): JSX.Element {
  const { t } = ctx;
  const row = (label: string, value: string) => (
    <>
      <dt safe>{label}</dt>
      <dd class="ps-scaling__text" safe>{value}</dd>
    </>
  );
  return (
    <dl class="ps-dl ps-scaling__analysis">
      {row(t('scaling.fields.recommendation'), t(`scaling.recommendation.${analysis.recommendation}`))}
      {row(t('scaling.fields.recommendationArgument'), analysis.recommendationArgument)}
      {row(t('scaling.fields.reachMunicipalities'), String(analysis.reachMunicipalities))}
      {row(t('scaling.fields.reach'), analysis.reach)}
      {row(t('scaling.fields.expectedValue'), analysis.expectedValue)}
      {row(t('scaling.fields.costs'), analysis.costs)}
      {row(t('scaling.fields.prerequisites'), analysis.prerequisites)}
      {row(t('scaling.fields.standardsFit'), t(`scaling.standardsFit.${analysis.standardsFit}`))}
      {row(t('scaling.fields.standardsExplanation'), analysis.standardsExplanation)}
    </dl>
  );
}

/** A stored ISO timestamp as a date in the Netherlands. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}
