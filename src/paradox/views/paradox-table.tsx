// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import { dimensions } from '../paradox.dimensions.js';
import type { RoundView } from '../paradox.service.js';
import { formatMean, formatShift, markLabel } from './paradox-labels.js';

/** The plot's numbers as a table: one row per dimension, a column per person, mean, shift and what to steer with. */
export function ParadoxTable({ ctx, current, previous }: { ctx: PageContext; current: RoundView; previous: RoundView | null }): JSX.Element {
  const { t, locale } = ctx;
  const previousMeans = previous?.means ?? null;
  return (
    <div class="ps-table-scroll">
      <table class="utrecht-table ps-paradox-table">
        <caption class="utrecht-table__caption" safe>{t('paradox.page.tableCaption', { number: current.number })}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col" safe>{t('paradox.page.dimension')}</th>
            {current.ratings.map((mark, index) => (
              <th class="utrecht-table__header-cell" scope="col" safe>{markLabel(t, mark, index, ctx.user?.id)}</th>
            ))}
            <th class="utrecht-table__header-cell" scope="col" safe>{t('paradox.page.mean')}</th>
            <th class="utrecht-table__header-cell" scope="col" safe>
              {previous ? t('paradox.page.shift', { number: previous.number }) : t('paradox.page.shiftHeading')}
            </th>
            <th class="utrecht-table__header-cell" scope="col" safe>{t('paradox.page.steer')}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {dimensions.map((dimension) => {
            const diverging = current.diverging.includes(dimension);
            const mean = current.means?.[dimension];
            const before = previousMeans?.[dimension];
            return (
              <tr class={`utrecht-table__row${diverging ? ' ps-paradox-table__row--diverging' : ''}`}>
                <th class="utrecht-table__header-cell" scope="row">
                  <span safe>{t(`paradox.dimension.${dimension}.name`)}</span>
                  {diverging ? <strong class="ps-paradox-flag" safe>{` ! ${t('paradox.page.divergingMark')}`}</strong> : ''}
                </th>
                {current.ratings.map((mark) => (
                  <td class="utrecht-table__cell ps-paradox-table__number" safe>{String(mark.scores[dimension])}</td>
                ))}
                <td class="utrecht-table__cell ps-paradox-table__number" safe>{mean === undefined ? '–' : formatMean(mean, locale)}</td>
                <td class="utrecht-table__cell ps-paradox-table__number" safe>
                  {mean === undefined || before === undefined ? t('paradox.page.noShift') : formatShift(mean - before, locale)}
                </td>
                <td class="utrecht-table__cell" safe>{t(`paradox.dimension.${dimension}.steer`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
