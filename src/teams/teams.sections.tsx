// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../platform/module.js';
import { composition } from './teams.composition.js';
import { teamService } from './teams.service.js';
import { TeamSection } from './views/team-section.js';

/** Side block on the pilot page: lead and team size; for the team, the composition warnings and the team link. */
export const teamPageSection: PilotPageSection = {
  id: 'team',
  placement: 'aside',
  order: 5,
  async render(context, subject, page) {
    const members = await teamService(context).membersOf(subject.id);
    if (members.length === 0 && !subject.viewerIsTeam) return null;
    return <TeamSection ctx={page} pilotId={subject.id} members={members} composition={composition(members)} viewerIsTeam={subject.viewerIsTeam} />;
  },
};
