// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { AttentionKind } from '../coach.attention.js';
import type { CoachedPilot } from '../coach.service.js';

/** The coach's overview: each coached pilot with what needs attention, as a table. */
export function CoachPage({ ctx, pilots, unavailable }: { ctx: PageContext; pilots: readonly CoachedPilot[]; unavailable: readonly AttentionKind[] }): JSX.Element {
  const { t } = ctx;
  const title = t('teams.coach.title');
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph" safe>{t('teams.coach.intro')}</p>
        {pilots.length === 0 ? (
          <p class="utrecht-paragraph" safe>{t('teams.coach.none')}</p>
        ) : (
          <div class="ps-table-scroll">
            <table class="utrecht-table ps-coach-table">
              <caption class="utrecht-table__caption" safe>{t('teams.coach.caption')}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('teams.coach.pilot')}</th>
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('teams.coach.phase')}</th>
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('teams.coach.attention')}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {pilots.map(({ pilot, attention }) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      <a class="utrecht-link" href={`/pilots/${pilot.id}/team`} safe>{pilot.title}</a>
                    </th>
                    <td class="utrecht-table__cell" safe>{t(`pilots.phase.${pilot.phase}`)}</td>
                    <td class="utrecht-table__cell" safe>
                      {attention.length ? attention.map((kind) => t(`teams.coach.kind.${kind}`)).join(', ') : t('teams.coach.allWell')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {unavailable.length ? (
          <p class="utrecht-paragraph" safe>{t('teams.coach.unavailable', { kinds: unavailable.map((kind) => t(`teams.coach.kind.${kind}`)).join(', ') })}</p>
        ) : ''}
      </>
    </Layout>
  );
}
