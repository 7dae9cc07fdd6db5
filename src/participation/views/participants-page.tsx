// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, ErrorSummary, TextField, type FormState } from '../../platform/views/form-components.js';
import type { Participant } from '../participation.service.js';
import { formatDate, Pagination } from './pagination.js';

export interface ParticipantsPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  participants: readonly Participant[];
  /** Names of the members who added each participation, by user id. */
  userNames: ReadonlyMap<string, string>;
  page: number;
  pages: number;
  form: FormState;
}

function ParticipantRow({ ctx, pilotId, participant, userNames }: { ctx: PageContext; pilotId: number; participant: Participant; userNames: ReadonlyMap<string, string> }): JSX.Element {
  const { t } = ctx;
  const params = { organisation: participant.name };
  const joinedBy = participant.joinedByUserId ? userNames.get(participant.joinedByUserId) : undefined;
  return (
    <tr class="utrecht-table__row">
      <th class="utrecht-table__header-cell" scope="row">
        <a class="utrecht-link" href={`/organisations/${encodeURIComponent(participant.slug)}`} safe>{participant.name}</a>
      </th>
      <td class="utrecht-table__cell" safe>{t(`organisations.type.${participant.type}`)}</td>
      <td class="utrecht-table__cell" safe>{joinedBy ?? t('participation.manage.unknownUser')}</td>
      <td class="utrecht-table__cell" safe>{formatDate(participant.joinedAt, ctx.locale)}</td>
      <td class="utrecht-table__cell">
        <form method="post" action={`/pilots/${pilotId}/participants/${participant.id}/remove`} class="ps-inline-form" data-confirm={t('participation.manage.removeConfirm', params)}>
          <CsrfField token={ctx.csrfToken} />
          <button class="utrecht-button utrecht-button--secondary-action" type="submit" aria-label={t('participation.manage.removeLabel', params)} safe>
            {t('participation.manage.remove')}
          </button>
        </form>
      </td>
    </tr>
  );
}

/** The team's page to see, add and remove participating organisations. */
export function ParticipantsPage({ ctx, pilot, participants, userNames, page, pages, form }: ParticipantsPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('participation.manage.title', { pilot: pilot.title });
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('participation.manage.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <ErrorSummary form={form} t={t} />
        <p class="utrecht-paragraph" safe>{t('participation.manage.intro')}</p>
        {participants.length === 0 ? (
          <p class="utrecht-paragraph" safe>{t('participation.manage.none')}</p>
        ) : (
          <table class="utrecht-table ps-participants-table">
            <caption class="utrecht-table__caption" safe>{t('participation.manage.tableCaption')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col" safe>{t('participation.manage.organisation')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('participation.manage.type')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('participation.manage.joinedBy')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('participation.manage.joinedAt')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('participation.manage.actions')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {participants.map((participant) => (
                <ParticipantRow ctx={ctx} pilotId={pilot.id} participant={participant} userNames={userNames} />
              ))}
            </tbody>
          </table>
        )}
        <Pagination ctx={ctx} basePath={`/pilots/${pilot.id}/participants`} page={page} pages={pages} />
        <h2 class="utrecht-heading-2" safe>{t('participation.manage.addHeading')}</h2>
        <form method="post" action={`/pilots/${pilot.id}/participants`} class="ps-form" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField form={form} name="organisation" label={t('participation.manage.organisationField')} description={t('participation.manage.organisationHint')} t={t} required maxlength={200} />
          <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('participation.manage.add')}</button>
        </form>
      </>
    </Layout>
  );
}
