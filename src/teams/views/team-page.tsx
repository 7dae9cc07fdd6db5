// SPDX-License-Identifier: EUPL-1.2
import { CsrfField, ErrorSummary, type FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Composition } from '../teams.composition.js';
import type { CoachNoteRow, InvitationRow } from '../teams.repository.js';
import type { TeamMember } from '../teams.service.js';
import { clientKinds } from '../teams.tables.js';
import { CompositionBlock } from './composition-block.js';
import { formatDate } from './format.js';
import { CoachNoteForm, InviteForm, OwnTagsForm, roleOptions } from './team-forms.js';

/** Which of the team page's forms was sent and came back with errors (the others show empty). */
export interface TeamPageForms {
  readonly invite: FormState;
  readonly tags: FormState;
  readonly note: FormState;
}

export interface TeamPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  members: readonly TeamMember[];
  composition: Composition;
  invitations: readonly InvitationRow[];
  notes: readonly (CoachNoteRow & { authorName: string })[];
  canManage: boolean;
  isMember: boolean;
  isCoach: boolean;
  forms: TeamPageForms;
}

export function roleLabel(ctx: PageContext, member: Pick<TeamMember, 'role' | 'clientKind'>): string {
  const role = ctx.t(`teams.role.${member.role}`);
  return member.clientKind ? `${role} (${ctx.t(`teams.clientKind.${member.clientKind}`)})` : role;
}

function MemberActions({ ctx, pilotId, member }: { ctx: PageContext; pilotId: number; member: TeamMember }): JSX.Element {
  const { t } = ctx;
  if (member.role === 'lead') return '';
  const selectId = `role-${member.userId}`;
  return (
    <>
      <form method="post" action={`/pilots/${pilotId}/team/members/${member.userId}/role`} class="ps-inline-form">
        <CsrfField token={ctx.csrfToken} />
        <label class="ps-visually-hidden" for={selectId} safe>{t('teams.page.changeLabel', { name: member.name })}</label>
        <select class="utrecht-select utrecht-select--html-select" id={selectId} name="role">
          {roleOptions(ctx).map((option) => (
            <option value={option.value} selected={option.value === member.role} safe>{option.label}</option>
          ))}
        </select>{' '}
        <label class="ps-visually-hidden" for={`${selectId}-kind`} safe>{t('teams.page.clientKindLabel')}</label>
        <select class="utrecht-select utrecht-select--html-select" id={`${selectId}-kind`} name="clientKind">
          <option value="" safe>{t('teams.page.clientKindNone')}</option>
          {clientKinds.map((kind) => (
            <option value={kind} selected={kind === member.clientKind} safe>{t(`teams.clientKind.${kind}`)}</option>
          ))}
        </select>{' '}
        <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('teams.page.change')}</button>
      </form>{' '}
      <form method="post" action={`/pilots/${pilotId}/team/members/${member.userId}/remove`} class="ps-inline-form">
        <CsrfField token={ctx.csrfToken} />
        <button class="utrecht-button utrecht-button--secondary-action" type="submit" aria-label={t('teams.page.removeLabel', { name: member.name })} safe>
          {t('teams.page.remove')}
        </button>
      </form>
    </>
  );
}

function MembersTable({ ctx, pilotId, members, canManage }: { ctx: PageContext; pilotId: number; members: readonly TeamMember[]; canManage: boolean }): JSX.Element {
  const { t } = ctx;
  return (
    <div class="ps-table-scroll">
      <table class="utrecht-table ps-team-table">
        <caption class="utrecht-table__caption" safe>{t('teams.page.caption')}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col" safe>{t('teams.page.name')}</th>
            <th class="utrecht-table__header-cell" scope="col" safe>{t('teams.page.roleColumn')}</th>
            <th class="utrecht-table__header-cell" scope="col" safe>{t('teams.page.tagsColumn')}</th>
            {canManage ? <th class="utrecht-table__header-cell" scope="col" safe>{t('teams.page.actions')}</th> : ''}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {members.map((member) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row" safe>{member.name}</th>
              <td class="utrecht-table__cell" safe>{roleLabel(ctx, member)}</td>
              <td class="utrecht-table__cell" safe>
                {member.tags.length ? member.tags.map((tag) => t(`teams.tag.${tag}`)).join(', ') : t('teams.page.noTags')}
              </td>
              {canManage ? <td class="utrecht-table__cell">{MemberActions({ ctx, pilotId, member })}</td> : ''}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The team page: members and roles, composition guidance, own tags, invitations and coach notes. */
export function TeamPage(props: TeamPageProps): JSX.Element {
  const { ctx, pilot, forms } = props;
  const { t } = ctx;
  const title = t('teams.page.title', { pilot: pilot.title });
  const allForms = { values: {}, errors: { ...forms.invite.errors, ...forms.tags.errors, ...forms.note.errors } };
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('teams.page.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <ErrorSummary form={allForms} t={t} />
        <h2 class="utrecht-heading-2" safe>{t('teams.page.membersHeading')}</h2>
        <MembersTable ctx={ctx} pilotId={pilot.id} members={props.members} canManage={props.canManage} />
        <CompositionBlock ctx={ctx} composition={props.composition} />
        {props.isMember ? (
          <section aria-labelledby="team-own-tags">
            <h2 class="utrecht-heading-2" id="team-own-tags" safe>{t('teams.page.ownTagsHeading')}</h2>
            <OwnTagsForm ctx={ctx} pilotId={pilot.id} form={forms.tags} />
          </section>
        ) : ''}
        {props.canManage ? (
          <section aria-labelledby="team-invite">
            <h2 class="utrecht-heading-2" id="team-invite" safe>{t('teams.page.inviteHeading')}</h2>
            <p class="utrecht-paragraph" safe>{t('teams.page.inviteIntro')}</p>
            <InviteForm ctx={ctx} pilotId={pilot.id} form={forms.invite} />
            {props.invitations.length ? (
              <>
                <h3 class="utrecht-heading-3" safe>{t('teams.page.openInvitations')}</h3>
                <ul class="utrecht-unordered-list">
                  {props.invitations.map((invitation) => (
                    <li safe>{t('teams.page.invitedAs', { email: invitation.email, role: t(`teams.role.${invitation.role}`), date: formatDate(invitation.expiresAt, ctx.locale) })}</li>
                  ))}
                </ul>
              </>
            ) : ''}
          </section>
        ) : ''}
        <section aria-labelledby="team-notes">
          <h2 class="utrecht-heading-2" id="team-notes" safe>{t('teams.page.notesHeading')}</h2>
          {props.notes.length === 0 ? <p class="utrecht-paragraph" safe>{t('teams.page.noNotes')}</p> : ''}
          {props.notes.map((note) => (
            <div class="ps-coach-note">
              <p class="utrecht-paragraph ps-coach-note__body" safe>{note.body}</p>
              <p class="utrecht-paragraph ps-coach-note__meta" safe>{t('teams.page.noteBy', { name: note.authorName, date: formatDate(note.createdAt, ctx.locale) })}</p>
            </div>
          ))}
          {props.isCoach ? <CoachNoteForm ctx={ctx} pilotId={pilot.id} form={forms.note} /> : ''}
        </section>
      </>
    </Layout>
  );
}
