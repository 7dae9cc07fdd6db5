// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField } from '../../platform/views/form-components.js';
import type { Participant } from '../participation.service.js';
import type { PilotFacts } from '../pilot-facts.js';

export interface ParticipationSectionProps {
  ctx: PageContext;
  pilot: PilotFacts;
  /** The first participants shown on the page; `total` counts them all. */
  participants: readonly Participant[];
  total: number;
  viewer: { joined: boolean; following: boolean };
  canJoin: boolean;
  canManage: boolean;
}

function ActionForm({ ctx, action, label, kind, confirm }: { ctx: PageContext; action: string; label: string; kind: 'primary' | 'secondary'; confirm?: string }): JSX.Element {
  return (
    <form method="post" action={action} class="ps-participation__form" data-confirm={confirm}>
      <CsrfField token={ctx.csrfToken} />
      <button class={`utrecht-button utrecht-button--${kind}-action`} type="submit" safe>
        {label}
      </button>
    </form>
  );
}

/** Join or leave on behalf of the viewer's organisation, or a sentence saying why that is not possible. */
function JoinControls({ ctx, pilot, viewer, canJoin }: Pick<ParticipationSectionProps, 'ctx' | 'pilot' | 'viewer' | 'canJoin'>): JSX.Element {
  const { t, user } = ctx;
  const base = `/pilots/${pilot.id}`;
  if (!user) return '';
  if (!user.emailVerified) return <p class="utrecht-paragraph" safe>{t('participation.section.unverified')}</p>;
  const organisation = user.organisation;
  if (!organisation) return <p class="utrecht-paragraph" safe>{t('participation.section.noOrganisation')}</p>;
  const params = { organisation: organisation.name };
  if (organisation.id === pilot.initiator.id) return <p class="utrecht-paragraph" safe>{t('participation.section.isInitiator', params)}</p>;
  if (viewer.joined) {
    return (
      <>
        <p class="utrecht-paragraph" safe>{t('participation.section.joinedAs', params)}</p>
        <ActionForm ctx={ctx} action={`${base}/leave`} kind="secondary" label={t('participation.section.leave', params)} confirm={t('participation.section.leaveConfirm', params)} />
      </>
    );
  }
  if (!canJoin) return <p class="utrecht-paragraph" safe>{t('participation.section.closed')}</p>;
  return <ActionForm ctx={ctx} action={`${base}/join`} kind="primary" label={t('participation.section.join', params)} />;
}

function FollowControls({ ctx, pilot, viewer }: Pick<ParticipationSectionProps, 'ctx' | 'pilot' | 'viewer'>): JSX.Element {
  const { t, user } = ctx;
  if (!user || !user.emailVerified) return '';
  if (viewer.following) return <ActionForm ctx={ctx} action={`/pilots/${pilot.id}/unfollow`} kind="secondary" label={t('participation.section.unfollow')} />;
  if (!pilot.listed) return '';
  return <ActionForm ctx={ctx} action={`/pilots/${pilot.id}/follow`} kind="secondary" label={t('participation.section.follow')} />;
}

/** The pilot page's side block: who takes part, how many follow, and what the viewer can do. */
export function ParticipationSection(props: ParticipationSectionProps): JSX.Element {
  const { ctx, pilot, participants, total, canManage } = props;
  const { t } = ctx;
  const more = total - participants.length;
  return (
    <section class="ps-participation" aria-labelledby="participation-heading">
      <h2 class="utrecht-heading-2" id="participation-heading" safe>{t('participation.section.heading')}</h2>
      <ul class="ps-participation__list">
        <li>
          <a class="utrecht-link" href={`/organisations/${encodeURIComponent(pilot.initiator.slug)}`} safe>{pilot.initiator.name}</a>{' '}
          <span class="ps-badge" safe>{t('participation.section.initiator')}</span>
        </li>
        {participants.map((participant) => (
          <li>
            <a class="utrecht-link" href={`/organisations/${encodeURIComponent(participant.slug)}`} safe>{participant.name}</a>
          </li>
        ))}
      </ul>
      {total === 0 ? <p class="utrecht-paragraph ps-muted" safe>{t('participation.section.none')}</p> : ''}
      {more > 0 ? (
        <p class="utrecht-paragraph">
          <span safe>{t('participation.section.more', { count: more })}</span>{' '}
          <a class="utrecht-link" href={`/pilots/${pilot.id}/organisations`} safe>{t('participation.section.showAll')}</a>
        </p>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph" safe>{t('participation.section.followers', { count: pilot.followerCount })}</p>
      {pilot.published && !pilot.hidden ? (
        <div class="ps-participation__actions">
          {ctx.user ? (
            <>
              <JoinControls {...props} />
              <FollowControls {...props} />
            </>
          ) : (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`/sign-in?return=${encodeURIComponent(`/pilots/${pilot.id}`)}`} safe>{t('participation.section.signIn')}</a>
            </p>
          )}
        </div>
      ) : (
        ''
      )}
      {canManage ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}/participants`} safe>{t('participation.section.manage')}</a>
        </p>
      ) : (
        ''
      )}
    </section>
  );
}
