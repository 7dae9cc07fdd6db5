// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import { accountsService } from '../accounts/accounts.service.js';
import { nowIso } from '../db/columns.js';
import { auditService } from '../moderation/audit.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { Locale } from '../platform/i18n.js';
import type { AppContext } from '../platform/module.js';
import { teamsPolicy } from './teams.policy.js';
import { teamsRepository, type InvitationRow } from './teams.repository.js';
import { teamService, type RoleChoice } from './teams.service.js';

/** How long an invitation link works. */
const invitationDays = 14;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export type InviteResult = { ok: true } | { ok: false; reason: 'not_found' | 'forbidden' | 'already_member' };
export type AcceptResult = { ok: true; pilotId: number } | { ok: false; reason: 'invalid' | 'wrong_email' | 'already_member' };

/**
 * Invitations by e-mail: the link carries a random token (only its hash is stored); whoever signs in with the
 * invited address can accept once before it expires. New people create an account first, then open the link again.
 */
export function invitationsService(context: AppContext) {
  const repository = teamsRepository(context.db);
  const team = teamService(context);

  const usable = (invitation: InvitationRow | undefined, now: string): invitation is InvitationRow =>
    invitation !== undefined && invitation.acceptedAt === null && invitation.expiresAt > now;

  return {
    async invite(pilotId: number, input: { email: string } & RoleChoice, actor: CurrentUser, locale: Locale): Promise<InviteResult> {
      const pilot = await pilotsService(context).findById(pilotId);
      if (!pilot) return { ok: false, reason: 'not_found' };
      if (!teamsPolicy.manageTeam(actor, await team.roleOf(pilotId, actor.id))) return { ok: false, reason: 'forbidden' };
      const email = input.email.trim().toLowerCase();
      const existing = await accountsService(context).findUserByEmail(email);
      if (existing && (await team.isTeamMember(pilotId, existing.id))) return { ok: false, reason: 'already_member' };
      const token = crypto.randomBytes(32).toString('base64url');
      const now = new Date();
      await repository.insertInvitation({
        pilotId,
        tokenHash: hashToken(token),
        email,
        role: input.role,
        clientKind: input.role === 'client' ? input.clientKind ?? 'delegate' : null,
        invitedByUserId: actor.id,
        expiresAt: new Date(now.getTime() + invitationDays * 86_400_000).toISOString(),
        createdAt: now.toISOString(),
      });
      const t = context.i18n.translator(locale);
      const params = { inviter: actor.name, title: pilot.title, role: t(`teams.role.${input.role}`), url: `${context.config.baseUrl}/invitations/${token}`, days: invitationDays };
      await context.mailer.send({ to: email, subject: t('teams.mail.invite.subject', params), text: t('teams.mail.invite.body', params) });
      await auditService(context).record({ actorUserId: actor.id, action: 'team.invite', subjectType: 'pilot', subjectId: pilotId, details: { role: input.role } });
      return { ok: true };
    },

    /** The invitation behind a link, while it can still be used. */
    async lookup(token: string): Promise<{ invitation: InvitationRow; pilotTitle: string } | null> {
      const invitation = await repository.invitationByHash(hashToken(token));
      if (!usable(invitation, nowIso())) return null;
      const pilot = await pilotsService(context).findById(invitation.pilotId);
      return pilot ? { invitation, pilotTitle: pilot.title } : null;
    },

    /** Puts the signed-in invitee on the team; the claim and the insert share a transaction, so a link works once. */
    async accept(token: string, user: CurrentUser): Promise<AcceptResult> {
      const now = nowIso();
      return repository.transaction(async (trx) => {
        const invitation = await repository.invitationByHash(hashToken(token), trx);
        if (!usable(invitation, now)) return { ok: false, reason: 'invalid' };
        if (invitation.email !== user.email.trim().toLowerCase()) return { ok: false, reason: 'wrong_email' };
        if (await repository.memberRow(invitation.pilotId, user.id, trx)) return { ok: false, reason: 'already_member' };
        if (!(await repository.claimInvitation(invitation.id, now, trx))) return { ok: false, reason: 'invalid' };
        await repository.insertMember({ pilotId: invitation.pilotId, userId: user.id, role: invitation.role, clientKind: invitation.clientKind, createdAt: now }, trx);
        return { ok: true, pilotId: invitation.pilotId };
      });
    },

    openInvitations(pilotId: number): Promise<InvitationRow[]> {
      return repository.openInvitations(pilotId, nowIso());
    },
  };
}
