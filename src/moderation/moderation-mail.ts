// SPDX-License-Identifier: EUPL-1.2
import { defaultLocale, isLocale } from '../platform/i18n.js';
import type { AppContext } from '../platform/module.js';

export interface DecisionRecipient {
  email: string;
  name: string;
  /** The member's chosen language, when the accounts module tells it. */
  locale?: unknown;
}

/**
 * Tells a pilot's initiator that a moderator hid or restored their pilot, with the moderator's reason,
 * in the initiator's language.
 */
export async function sendDecisionMail(
  context: AppContext,
  kind: 'hidden' | 'restored',
  recipient: DecisionRecipient,
  pilot: { id: number; title: string },
  reason: string,
): Promise<void> {
  const locale = isLocale(recipient.locale) ? recipient.locale : defaultLocale;
  const t = context.i18n.translator(locale);
  const url = new URL(`/pilots/${pilot.id}`, context.config.baseUrl).toString();
  const params = { name: recipient.name, pilot: pilot.title, reason, url };
  await context.mailer.send({
    to: recipient.email,
    subject: t(`moderation.mail.${kind}Subject`, params),
    text: t(`moderation.mail.${kind}Body`, params),
  });
}
