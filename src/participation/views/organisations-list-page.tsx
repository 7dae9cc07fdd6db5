// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Participant } from '../participation.service.js';
import type { PilotFacts } from '../pilot-facts.js';
import { Pagination } from './pagination.js';

interface OrganisationsListPageProps {
  ctx: PageContext;
  pilot: PilotFacts;
  participants: readonly Participant[];
  total: number;
  page: number;
  pages: number;
}

/** Every organisation taking part in a pilot, paged; reached from "and N more" in the pilot page's side block. */
export function OrganisationsListPage({ ctx, pilot, participants, total, page, pages }: OrganisationsListPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('participation.list.title', { pilot: pilot.title });
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('participation.manage.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph" safe>{t('participation.list.count', { count: total })}</p>
        <ul class="ps-participation__list">
          {page === 1 ? (
            <li>
              <a class="utrecht-link" href={`/organisations/${encodeURIComponent(pilot.initiator.slug)}`} safe>{pilot.initiator.name}</a>{' '}
              <span class="ps-badge" safe>{t('participation.section.initiator')}</span>
            </li>
          ) : (
            ''
          )}
          {participants.map((participant) => (
            <li>
              <a class="utrecht-link" href={`/organisations/${encodeURIComponent(participant.slug)}`} safe>{participant.name}</a>{' '}
              <span class="ps-muted" safe>{`(${t(`organisations.type.${participant.type}`)})`}</span>
            </li>
          ))}
        </ul>
        <Pagination ctx={ctx} basePath={`/pilots/${pilot.id}/organisations`} page={page} pages={pages} />
      </>
    </Layout>
  );
}
