// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import { dimensions } from '../paradox.dimensions.js';
import type { RoundView } from '../paradox.service.js';
import { formatMean } from './paradox-labels.js';

/** Pilot-page block: the team's latest means per dimension, what they disagree on, and the team's link. */
export function ParadoxSection({ ctx, pilotId, round, viewerIsTeam }: { ctx: PageContext; pilotId: number; round: RoundView | null; viewerIsTeam: boolean }): JSX.Element {
  const { t, locale } = ctx;
  const means = round?.means ?? null;
  return (
    <section aria-labelledby="paradox-section-heading" class="ps-paradox-section">
      <h2 class="utrecht-heading-2" id="paradox-section-heading" safe>{t('paradox.section.heading')}</h2>
      {round && means ? (
        <>
          <p class="utrecht-paragraph" safe>{t('paradox.section.intro', { number: round.number })}</p>
          <dl class="ps-paradox-means">
            {dimensions.map((dimension) => (
              <div>
                <dt safe>{t(`paradox.dimension.${dimension}.name`)}</dt>
                <dd safe>{formatMean(means[dimension], locale)}</dd>
              </div>
            ))}
          </dl>
          {round.diverging.length > 0 ? (
            <p class="utrecht-paragraph" safe>
              {t('paradox.section.diverging', { dimensions: round.diverging.map((dimension) => t(`paradox.dimension.${dimension}.name`)).join(', ') })}
            </p>
          ) : (
            ''
          )}
        </>
      ) : (
        <p class="utrecht-paragraph" safe>{t('paradox.section.none')}</p>
      )}
      {viewerIsTeam ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilotId}/paradox`} safe>{t('paradox.section.open')}</a>
        </p>
      ) : (
        ''
      )}
    </section>
  );
}
