// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import type { Composition } from '../teams.composition.js';
import type { TeamMember } from '../teams.service.js';
import { CompositionWarnings } from './composition-block.js';

/** The team block on the pilot page: lead and size for everyone; warnings and the team link for the team. */
export function TeamSection({ ctx, pilotId, members, composition, viewerIsTeam }: { ctx: PageContext; pilotId: number; members: readonly TeamMember[]; composition: Composition; viewerIsTeam: boolean }): JSX.Element {
  const { t } = ctx;
  const leads = members.filter((member) => member.role === 'lead').map((member) => member.name);
  return (
    <section class="ps-team-section" aria-labelledby="team-section-heading">
      <h2 class="utrecht-heading-2" id="team-section-heading" safe>{t('teams.section.heading')}</h2>
      {leads.length ? <p class="utrecht-paragraph" safe>{t('teams.section.lead', { names: leads.join(', ') })}</p> : ''}
      <p class="utrecht-paragraph" safe>{t('teams.section.members', { count: members.length })}</p>
      {viewerIsTeam ? (
        <>
          <CompositionWarnings ctx={ctx} composition={composition} />
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/pilots/${pilotId}/team`} safe>{t('teams.section.manage')}</a>
          </p>
        </>
      ) : ''}
      {members.some((member) => member.role === 'coach' && member.userId === ctx.user?.id) ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/coach" safe>{t('teams.section.coachOverview')}</a>
        </p>
      ) : ''}
    </section>
  );
}
