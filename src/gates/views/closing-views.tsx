// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import type { ClosingOutcome, ResultDecision, ValueKind, ValueSize } from '../gates.tables.js';

export interface EvaluationView {
  outcome: ClosingOutcome;
  stopReason: string | null;
  valueKinds: readonly ValueKind[];
  valueSize: ValueSize;
  resultDecision: ResultDecision;
  resultArgument: string;
}

export interface FollowThroughView {
  carried: string;
  destination: string;
  carriedBy: string;
  direction: string;
  reach: string;
}

/** The end evaluation in words. */
export function EvaluationSummary({ ctx, evaluation }: { ctx: PageContext; evaluation: EvaluationView }): JSX.Element {
  const { t } = ctx;
  return (
    <div class="ps-gates-evaluation">
      <p class="utrecht-paragraph" safe>
        {t('gates.closing.summary', { outcome: t(`gates.outcome.${evaluation.outcome}`), decision: t(`gates.resultDecision.${evaluation.resultDecision}`) })}
      </p>
      {evaluation.stopReason ? <p class="utrecht-paragraph ps-gates-text" safe>{evaluation.stopReason}</p> : ''}
      <p class="utrecht-paragraph ps-gates-text" safe>{evaluation.resultArgument}</p>
      <p class="utrecht-paragraph" safe>
        {t('gates.closing.value', { kinds: evaluation.valueKinds.map((kind) => t(`gates.valueKind.${kind}`)).join(', '), size: t(`gates.valueSize.${evaluation.valueSize}`) })}
      </p>
    </div>
  );
}

/** Follow-through records as a list of plain sentences. */
export function FollowThroughList({ ctx, records }: { ctx: PageContext; records: readonly FollowThroughView[] }): JSX.Element {
  const { t } = ctx;
  if (records.length === 0) return <p class="utrecht-paragraph" safe>{t('gates.closing.noFollow')}</p>;
  return (
    <ul class="utrecht-unordered-list">
      {records.map((record) => (
        <li class="utrecht-unordered-list__item" safe>
          {t('gates.closing.followItem', {
            carried: t(`gates.carried.${record.carried}`),
            destination: record.destination,
            carriedBy: record.carriedBy,
            direction: t(`gates.direction.${record.direction}`),
            reach: t(`gates.reach.${record.reach}`),
          })}
        </li>
      ))}
    </ul>
  );
}
