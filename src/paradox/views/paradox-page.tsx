// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { Button, ChoiceGroup, CsrfField, ErrorSummary, type FormState } from '../../platform/views/form-components.js';
import { paradoxChartSvg } from '../paradox-chart.js';
import { dimensions } from '../paradox.dimensions.js';
import type { ParadoxOverview, RoundView } from '../paradox.service.js';
import { formatDate, markLabel } from './paradox-labels.js';
import { ParadoxTable } from './paradox-table.js';

export interface ParadoxPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  overview: ParadoxOverview;
  form: FormState;
}

const scoreOptions = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }));

function Chart({ ctx, current, previous }: { ctx: PageContext; current: RoundView; previous: RoundView | null }): JSX.Element {
  const { t } = ctx;
  const safeSvg = paradoxChartSvg({
    title: t('paradox.page.chartTitle', { number: current.number }),
    description: t('paradox.page.chartDescription'),
    axes: dimensions.map((dimension) => t(`paradox.dimension.${dimension}.short`)),
    people: current.ratings.map((mark, index) => ({ label: markLabel(t, mark, index, ctx.user?.id), values: dimensions.map((d) => mark.scores[d]) })),
    mean: current.means ? dimensions.map((d) => current.means![d]) : null,
    previousMean: previous?.means ? dimensions.map((d) => previous.means![d]) : null,
    diverging: current.diverging.map((dimension) => dimensions.indexOf(dimension)),
    legend: { person: t('paradox.page.legendPerson'), mean: t('paradox.page.legendMean'), previous: t('paradox.page.legendPrevious'), rings: t('paradox.page.legendRings') },
  });
  // The SVG string is built by paradoxChartSvg, which escapes every text it contains.
  return <figure class="ps-paradox-figure">{safeSvg}</figure>;
}

function Diverging({ ctx, round }: { ctx: PageContext; round: RoundView }): JSX.Element {
  const { t } = ctx;
  if (round.diverging.length === 0) return <p class="utrecht-paragraph" safe>{t('paradox.page.noneDiverging')}</p>;
  return (
    <section aria-labelledby="paradox-diverging" class="ps-paradox-diverging">
      <h2 class="utrecht-heading-2" id="paradox-diverging" safe>{t('paradox.page.divergingHeading')}</h2>
      <p class="utrecht-paragraph" safe>{t('paradox.page.divergingIntro')}</p>
      <ul class="utrecht-unordered-list">
        {round.diverging.map((dimension) => (
          <li class="utrecht-unordered-list__item" safe>{t(`paradox.dimension.${dimension}.name`)}</li>
        ))}
      </ul>
    </section>
  );
}

function RatingForm({ ctx, pilotId, round, form }: { ctx: PageContext; pilotId: number; round: RoundView | null; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <section aria-labelledby="paradox-form">
      <h2 class="utrecht-heading-2" id="paradox-form" safe>{round ? t('paradox.page.formHeading', { number: round.number }) : t('paradox.page.formHeadingFirst')}</h2>
      <p class="utrecht-paragraph" safe>{t('paradox.page.formIntro')}</p>
      <form method="post" action={`/pilots/${pilotId}/paradox/ratings`} class="ps-form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {dimensions.map((dimension) => (
          <ChoiceGroup
            form={form}
            name={dimension}
            type="radio"
            required
            t={t}
            legend={t(`paradox.dimension.${dimension}.name`)}
            description={`${t('paradox.page.poleInternal', { pole: t(`paradox.dimension.${dimension}.internal`) })}; ${t('paradox.page.poleExternal', { pole: t(`paradox.dimension.${dimension}.external`) })}`}
            options={scoreOptions}
          />
        ))}
        <ChoiceGroup form={form} name="showName" type="checkbox" t={t} legend={t('paradox.page.showNameLegend')} options={[{ value: 'yes', label: t('paradox.page.showName') }]} />
        <Button>
          <span safe>{t('paradox.page.save')}</span>
        </Button>
      </form>
    </section>
  );
}

/** The team's paradox page: plot, numbers, diverging dimensions, the viewer's own rating form and a new round. */
export function ParadoxPage({ ctx, pilot, overview, form }: ParadoxPageProps): JSX.Element {
  const { t } = ctx;
  const { current, previous } = overview;
  const title = t('paradox.page.title', { pilot: pilot.title });
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('paradox.page.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <ErrorSummary form={form} t={t} />
        <p class="utrecht-paragraph" safe>{t('paradox.page.intro')}</p>
        {current ? (
          <>
            <p class="utrecht-paragraph" safe>{t('paradox.page.round', { number: current.number, date: formatDate(current.createdAt, ctx.locale) })}</p>
            <p class="utrecht-paragraph" safe>{t('paradox.page.raters', { count: current.ratings.length })}</p>
          </>
        ) : (
          <p class="utrecht-paragraph" safe>{t('paradox.page.noRound')}</p>
        )}
        {current && current.ratings.length > 0 ? (
          <>
            <h2 class="utrecht-heading-2" safe>{t('paradox.page.chartHeading')}</h2>
            <Chart ctx={ctx} current={current} previous={previous} />
            <h2 class="utrecht-heading-2" safe>{t('paradox.page.tableHeading')}</h2>
            <ParadoxTable ctx={ctx} current={current} previous={previous} />
            <Diverging ctx={ctx} round={current} />
          </>
        ) : current ? (
          <p class="utrecht-paragraph" safe>{t('paradox.page.noRatings')}</p>
        ) : (
          ''
        )}
        <RatingForm ctx={ctx} pilotId={pilot.id} round={current} form={form} />
        {current ? (
          <section aria-labelledby="paradox-new-round">
            <h2 class="utrecht-heading-2" id="paradox-new-round" safe>{t('paradox.page.newRoundHeading')}</h2>
            <p class="utrecht-paragraph" safe>{t('paradox.page.newRoundIntro')}</p>
            <form method="post" action={`/pilots/${pilot.id}/paradox/rounds`} class="ps-inline-form">
              <CsrfField token={ctx.csrfToken} />
              <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('paradox.page.newRound')}</button>
            </form>
          </section>
        ) : (
          ''
        )}
      </>
    </Layout>
  );
}
