// SPDX-License-Identifier: EUPL-1.2
import { accountsService } from '../accounts/accounts.service.js';
import { nowIso } from '../db/columns.js';
import { defaultLocale, isLocale } from '../platform/i18n.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { OutgoingMail } from '../platform/mail.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { expertsService } from './experts.service.js';
import { knowledgeRepository } from './knowledge.repository.js';

export const contactKinds = ['pilot', 'expert'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** Messages one member may send through the platform per hour (against using our mail to bother people). */
export const contactLimit = { max: 10, windowSeconds: 60 * 60 } as const;

/** Who a message goes to, as the sender may see it: a name and what it is about, never an address. */
export interface ContactRecipient {
  kind: ContactKind;
  id: string;
  /** The expert's name or the pilot's contact person. */
  name: string;
  /** The pilot's title; for an expert their organisation's name (may be empty). */
  about: string;
}

interface Delivery extends ContactRecipient {
  email: string;
  locale: string | null;
  userId: string | null;
  pilotId: number | null;
}

export type ContactRefusal = 'not_found' | 'unauthenticated' | 'self' | 'throttled';

/**
 * Contact through the platform: the platform e-mails the pilot's contact person or the expert, with the sender's
 * name, organisation and message, and the sender's address as Reply-To. The recipient's address never reaches
 * the sender. Each message is logged (who, to whom, when; not the text); the log is also the per-sender limit.
 */
export function contactService(context: AppContext) {
  const repository = knowledgeRepository(context.db);

  async function delivery(kind: ContactKind, id: string): Promise<Delivery | undefined> {
    if (kind === 'pilot') {
      // Plain digits within the id column's range only: "1e3", "0x10" or 99999999999 are no pilot (and the last
      // would be a database error on PostgreSQL).
      const pilotId = /^[1-9]\d{0,9}$/.test(id) ? Number(id) : 0;
      if (pilotId < 1 || pilotId > 2_147_483_647) return undefined;
      const pilot = await pilotsService(context).findById(pilotId);
      if (!pilot || !pilot.listed) return undefined;
      return { kind, id, name: pilot.contactName, about: pilot.title, email: pilot.contactEmail, locale: null, userId: null, pilotId };
    }
    const expert = await expertsService(context).find(id);
    if (!expert) return undefined;
    const [user] = await accountsService(context).usersByIds([id]);
    if (!user) return undefined;
    return { kind, id, name: expert.name, about: expert.organisation?.name ?? '', email: user.email, locale: user.locale, userId: id, pilotId: null };
  }

  return {
    /** The recipient as the contact form shows them; undefined for an unknown pilot or member without a profile. */
    async recipient(kind: ContactKind, id: string): Promise<ContactRecipient | undefined> {
      const found = await delivery(kind, id);
      return found ? { kind: found.kind, id: found.id, name: found.name, about: found.about } : undefined;
    },

    /** Sends the message by e-mail, unless the sender reached the hourly limit. */
    async send(kind: ContactKind, id: string, message: string, sender: CurrentUser | null, clock: () => number = Date.now): Promise<{ ok: true; recipient: ContactRecipient } | { ok: false; reason: ContactRefusal }> {
      if (!sender) return { ok: false, reason: 'unauthenticated' };
      const target = await delivery(kind, id);
      if (!target) return { ok: false, reason: 'not_found' };
      if (target.userId === sender.id) return { ok: false, reason: 'self' };
      const since = new Date(clock() - contactLimit.windowSeconds * 1000).toISOString();
      // Logged first and counted after, so simultaneous posts (on any instance) all see each other and the limit
      // holds; a refused message takes its row back. Logged before sending, so a failing mail server still counts.
      const logId = await repository.insertContactMessage({ senderUserId: sender.id, recipientKind: kind, pilotId: target.pilotId, recipientUserId: target.userId, createdAt: new Date(clock()).toISOString() });
      if ((await repository.countSentSince(sender.id, since)) > contactLimit.max) {
        await repository.deleteContactMessage(logId);
        return { ok: false, reason: 'throttled' };
      }
      const t = context.i18n.translator(isLocale(target.locale) ? target.locale : defaultLocale);
      const params = {
        sender: sender.name,
        organisation: sender.organisation?.name ?? t('knowledge.contact.mail.noOrganisation'),
        senderEmail: sender.email,
        recipient: target.name,
        about: target.kind === 'pilot' ? t('knowledge.contact.mail.aboutPilot', { pilot: target.about }) : t('knowledge.contact.mail.aboutExpert'),
        message,
      };
      // Reply-To lets the recipient answer the sender directly; nodemailer takes it from the spread mail object.
      const mail: OutgoingMail = {
        to: target.email,
        replyTo: sender.email,
        subject: t('knowledge.contact.mail.subject', params),
        text: t('knowledge.contact.mail.text', params),
      };
      await context.mailer.send(mail);
      return { ok: true, recipient: { kind: target.kind, id: target.id, name: target.name, about: target.about } };
    },
  };
}
