// SPDX-License-Identifier: EUPL-1.2
import { defaultLocale, isLocale } from '../platform/i18n.js';
import type { AppContext } from '../platform/module.js';

export type AccountMailKind = 'verify' | 'reset';

/** The member as better-auth hands it to the mail callbacks (our additional fields included). */
interface MailRecipient {
  email: string;
  name: string;
  locale?: unknown;
}

/**
 * Sends the e-mail with a confirmation or password-reset link, in the member's language
 * (chosen at sign-up from the language they used, changeable on the profile page).
 */
export async function sendAccountMail(context: AppContext, kind: AccountMailKind, user: MailRecipient, url: string): Promise<void> {
  const locale = isLocale(user.locale) ? user.locale : defaultLocale;
  const t = context.i18n.translator(locale);
  const params = { name: user.name, url, site: t('layout.siteName') };
  await context.mailer.send({
    to: user.email,
    subject: t(`accounts.mail.${kind}.subject`, params),
    text: t(`accounts.mail.${kind}.text`, params),
  });
}
