// SPDX-License-Identifier: EUPL-1.2
import { formatDate } from '../../pilots/views/format.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { GateDecisionRecord } from '../gates.service.js';
import { gateIndicators } from '../gates.tables.js';

/** The history of gate decisions as a table: the decision is written out in words, never shown by colour alone. */
export function GateHistoryTable({ ctx, history }: { ctx: PageContext; history: readonly GateDecisionRecord[] }): JSX.Element {
  const { t } = ctx;
  if (history.length === 0) return <p class="utrecht-paragraph" safe>{t('gates.page.none')}</p>;
  return (
    <table class="utrecht-table ps-gates-table">
      <caption class="utrecht-table__caption" safe>{t('gates.table.caption')}</caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          {(['date', 'decision', 'phases', 'by', 'reason', 'scores'] as const).map((column) => (
            <th class="utrecht-table__header-cell" scope="col" safe>{t(`gates.table.${column}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {history.map((entry) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row" safe>{formatDate(entry.decidedAt, ctx.locale)}</th>
            <td class="utrecht-table__cell">
              <strong class={`ps-gate-decision ps-gate-decision--${entry.decision}`} safe>{t(`gates.decision.${entry.decision}`)}</strong>
            </td>
            <td class="utrecht-table__cell" safe>
              {t('gates.table.phaseChange', { from: t(`pilots.phase.${entry.fromPhase}`), to: t(`pilots.phase.${entry.toPhase}`) })}
            </td>
            <td class="utrecht-table__cell" safe>{entry.decidedBy?.name || t('gates.table.unknownUser')}</td>
            <td class="utrecht-table__cell ps-gates-text" safe>{entry.reason}</td>
            <td class="utrecht-table__cell">
              <ul class="utrecht-unordered-list ps-gates-scores">
                {gateIndicators.map((indicator) => (
                  <li class="utrecht-unordered-list__item">
                    <span safe>{t('gates.table.scoreValue', { indicator: t(`gates.indicator.${indicator}`), score: entry.indicators[indicator].score })}</span>
                    {' – '}
                    <span class="ps-gates-text" safe>{entry.indicators[indicator].note}</span>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
