// SPDX-License-Identifier: EUPL-1.2
import { accountsService } from '../accounts/accounts.service.js';
import { isLocale, defaultLocale } from '../platform/i18n.js';
import type { AppContext } from '../platform/module.js';
import type { PilotFacts } from './pilot-facts.js';

/**
 * Tells the pilot's lead (the member who registered it) that an organisation joined, in the lead's language.
 * A failure to send must not undo the join that already happened, so it is only logged to stderr.
 */
export async function notifyLeadOfJoin(context: AppContext, pilot: PilotFacts, organisationName: string): Promise<void> {
  if (!pilot.createdByUserId) return;
  try {
    const [lead] = await accountsService(context).usersByIds([pilot.createdByUserId]);
    if (!lead) return;
    const preferred = (lead as { locale?: string | null }).locale;
    const t = context.i18n.translator(isLocale(preferred) ? preferred : defaultLocale);
    const url = `${context.config.baseUrl}/pilots/${pilot.id}`;
    await context.mailer.send({
      to: lead.email,
      subject: t('participation.mail.joinedSubject', { organisation: organisationName }),
      text: t('participation.mail.joinedText', { organisation: organisationName, pilot: pilot.title, url }),
    });
  } catch (error) {
    console.error('participation: could not e-mail the pilot lead', error);
  }
}
