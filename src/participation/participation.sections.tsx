// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../platform/module.js';
import { emptyForm } from '../platform/views/form-components.js';
import { connectionsService } from './connections.service.js';
import { participationPolicy } from './participation.policy.js';
import { participationService } from './participation.service.js';
import { loadPilotFacts } from './pilot-facts.js';
import { ConnectionsSection } from './views/connections-section.js';
import { ParticipationSection } from './views/participation-section.js';

/** How many participants the side block names before linking to the full list. */
export const participantsShownOnPilotPage = 30;

/** Side block: initiator and participants, follower count, and join/follow buttons for the viewer. */
export const participationPageSection: PilotPageSection = {
  id: 'participation',
  placement: 'aside',
  order: 10,
  async render(context, subject, page) {
    const pilot = await loadPilotFacts(context, subject.id);
    if (!pilot) return null;
    const service = participationService(context);
    const [{ items, total }, viewer] = await Promise.all([
      service.participantPage(subject.id, { limit: participantsShownOnPilotPage, offset: 0 }),
      service.viewerState(subject.id, page.user),
    ]);
    const organisation = page.user?.organisation;
    const canJoin = organisation ? participationPolicy.openToJoin(pilot, organisation.type, new Date().toISOString()) : false;
    return (
      <ParticipationSection
        ctx={page}
        pilot={pilot}
        participants={items}
        total={total}
        viewer={viewer}
        canJoin={canJoin}
        canManage={participationPolicy.canManageParticipants(page.user, subject.viewerIsTeam)}
      />
    );
  },
};

/** Main-column block: pilots a moderator linked to this one (shown on both); moderators also get the link form. */
export const connectionsPageSection: PilotPageSection = {
  id: 'connections',
  placement: 'main',
  order: 30,
  async render(context, subject, page) {
    const canLink = participationPolicy.canLinkPilots(page.user);
    const links = await connectionsService(context).linkedPilots(subject.id, page.user);
    if (links.length === 0 && !canLink) return null;
    return <ConnectionsSection ctx={page} pilotId={subject.id} links={links} canLink={canLink} form={emptyForm} />;
  },
};
