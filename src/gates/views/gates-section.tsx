// SPDX-License-Identifier: EUPL-1.2
import { formatDate } from '../../pilots/views/format.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { GateDecisionRecord } from '../gates.service.js';

/** How many decisions the pilot page lists before linking to the gate page. */
export const decisionsShownOnPilotPage = 5;

/** Pilot page block: the latest gate decisions in one line each, and a link to the full history (and form). */
export function GatesSection({ ctx, pilotId, history, canDecide }: { ctx: PageContext; pilotId: number; history: readonly GateDecisionRecord[]; canDecide: boolean }): JSX.Element {
  const { t } = ctx;
  return (
    <section aria-labelledby="gates-section-heading" class="ps-gates-section">
      <h2 class="utrecht-heading-2" id="gates-section-heading" safe>{t('gates.section.heading')}</h2>
      {history.length === 0 ? (
        <p class="utrecht-paragraph" safe>{t('gates.section.none')}</p>
      ) : (
        <ol class="utrecht-ordered-list ps-gates-list">
          {history.slice(0, decisionsShownOnPilotPage).map((entry) => (
            <li class="utrecht-ordered-list__item">
              <span safe>
                {t('gates.section.latest', {
                  decision: t(`gates.decision.${entry.decision}`),
                  date: formatDate(entry.decidedAt, ctx.locale),
                  from: t(`pilots.phase.${entry.fromPhase}`),
                  to: t(`pilots.phase.${entry.toPhase}`),
                })}
              </span>
              <br />
              <span class="ps-gates-text" safe>{entry.reason}</span>
            </li>
          ))}
        </ol>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/pilots/${pilotId}/gates`} safe>{canDecide ? t('gates.section.decide') : t('gates.section.viewAll')}</a>
      </p>
    </section>
  );
}
