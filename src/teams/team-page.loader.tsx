// SPDX-License-Identifier: EUPL-1.2
import type { FastifyReply, FastifyRequest } from 'fastify';
import { accountsService } from '../accounts/accounts.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { forbidden, notFound } from '../platform/errors.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm } from '../platform/views/form-components.js';
import { coachService } from './coach.service.js';
import { invitationsService } from './invitations.service.js';
import { composition } from './teams.composition.js';
import { teamsPolicy } from './teams.policy.js';
import { teamService } from './teams.service.js';
import { TeamPage, type TeamPageForms } from './views/team-page.js';

const emptyForms: TeamPageForms = { invite: emptyForm, tags: emptyForm, note: emptyForm };

/**
 * Renders the team page for a signed-in viewer, with any form that came back invalid (status 422).
 * Throws 404 for an unknown pilot and 403 for viewers outside the team (moderators may look).
 */
export async function renderTeamPage(context: AppContext, request: FastifyRequest, reply: FastifyReply, pilotId: number, forms: Partial<TeamPageForms> = {}, status = 200) {
  const user = request.currentUser;
  const pilot = await pilotsService(context).findById(pilotId);
  if (!pilot) throw notFound();
  const team = teamService(context);
  const roles = user ? await team.roleOf(pilotId, user.id) : [];
  if (!teamsPolicy.viewTeam(user, roles)) throw forbidden();
  const canManage = teamsPolicy.manageTeam(user, roles);
  const members = await team.membersOf(pilotId);
  const ownTags = members.find((member) => member.userId === user?.id)?.tags ?? [];
  const [invitations, notes] = await Promise.all([
    canManage ? invitationsService(context).openInvitations(pilotId) : Promise.resolve([]),
    coachService(context).notesOf(pilotId),
  ]);
  const authors = await accountsService(context).usersByIds(notes.map((note) => note.authorUserId));
  const authorNames = new Map(authors.map((author) => [author.id, author.name]));
  const page = (
    <TeamPage
      ctx={pageContext(request, reply)}
      pilot={{ id: pilot.id, title: pilot.title }}
      members={members}
      composition={composition(members)}
      invitations={invitations}
      notes={notes.map((note) => ({ ...note, authorName: authorNames.get(note.authorUserId) ?? '' }))}
      canManage={canManage}
      isMember={roles.length > 0}
      isCoach={teamsPolicy.writeCoachNote(roles)}
      forms={{ ...emptyForms, tags: { values: { tags: [...ownTags] }, errors: {} }, ...forms }}
    />
  );
  return sendPage(reply, page, status);
}
