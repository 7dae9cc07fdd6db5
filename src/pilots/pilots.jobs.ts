// SPDX-License-Identifier: EUPL-1.2
import { accountsService } from '../accounts/accounts.service.js';
import { defaultLocale, isLocale, type Locale } from '../platform/i18n.js';
import type { AppContext, PeriodicJob } from '../platform/module.js';
import { pilotDeadlineRepository, type DeadlineCandidate } from './pilots-deadline.repository.js';
import { formatDate } from './views/format.js';

/** Pilots handled per run; a backlog is worked off over the next runs. */
const batchSize = 100;
const weekMs = 7 * 24 * 60 * 60 * 1000;

type Notice = 'deadlinePassed' | 'deadlineReminder';

interface Recipient {
  name: string;
  email: string;
  locale: Locale;
}

/** The registrants of these pilots, with their language (Dutch when unknown). */
async function recipients(context: AppContext, pilots: readonly DeadlineCandidate[]): Promise<Map<string, Recipient>> {
  const ids = [...new Set(pilots.flatMap((pilot) => (pilot.createdByUserId ? [pilot.createdByUserId] : [])))];
  const users = ids.length ? await accountsService(context).usersByIds(ids) : [];
  return new Map(
    users.map((user) => {
      // usersByIds (accounts) may or may not carry the member's language; without it the mail is in Dutch.
      const locale = 'locale' in user && isLocale(user.locale) ? user.locale : defaultLocale;
      return [user.id, { name: user.name, email: user.email, locale }];
    }),
  );
}

async function sendNotice(context: AppContext, kind: Notice, pilot: DeadlineCandidate, to: Recipient): Promise<void> {
  const t = context.i18n.translator(to.locale);
  const params = {
    name: to.name,
    title: pilot.title,
    date: pilot.municipalityDeadline ? formatDate(pilot.municipalityDeadline, to.locale) : '',
    url: `${context.config.baseUrl}/pilots/${pilot.id}/edit`,
  };
  await context.mailer.send({ to: to.email, subject: t(`pilots.mail.${kind}.subject`, params), text: t(`pilots.mail.${kind}.body`, params) });
}

/**
 * Claims each pilot before mailing (a conditional UPDATE only one instance can win), then mails its registrant.
 * A failed send gives the claim back so a later run retries; a pilot without a registrant is claimed silently.
 */
async function notifyAll(context: AppContext, kind: Notice, pilots: readonly DeadlineCandidate[], at: string): Promise<number> {
  const repository = pilotDeadlineRepository(context.db);
  const people = await recipients(context, pilots);
  const column = kind === 'deadlinePassed' ? 'deadlineNotifiedAt' : 'deadlineRemindedAt';
  let sent = 0;
  for (const pilot of pilots) {
    const claimed = kind === 'deadlinePassed' ? await repository.claimNotice(pilot.id, at) : await repository.claimReminder(pilot.id, at);
    if (!claimed) continue;
    const to = pilot.createdByUserId ? people.get(pilot.createdByUserId) : undefined;
    if (!to) continue;
    try {
      await sendNotice(context, kind, pilot, to);
      sent += 1;
    } catch (error) {
      await repository.release(column, pilot.id, at);
      throw error;
    }
  }
  return sent;
}

/**
 * Pilots not initiated by a municipality must have one taking part within a month of publication (DOMAIN.md §3).
 * A week before the deadline the registrant is reminded; once it has passed (the pilot then drops out of every
 * list by itself, see whereListed) they are told why and how to fix it. Each e-mail goes out once.
 */
export async function runMunicipalityDeadlineJob(context: AppContext, now: Date = new Date()): Promise<{ notices: number; reminders: number }> {
  const repository = pilotDeadlineRepository(context.db);
  const at = now.toISOString();
  const overdue = await repository.dueNotices(at, batchSize);
  const notices = await notifyAll(context, 'deadlinePassed', overdue, at);
  const soon = await repository.dueReminders(at, new Date(now.getTime() + weekMs).toISOString(), batchSize);
  const reminders = await notifyAll(context, 'deadlineReminder', soon, at);
  return { notices, reminders };
}

export const municipalityDeadlineJob: PeriodicJob = {
  name: 'pilots.municipality-deadline',
  everySeconds: 600,
  run: async (context) => {
    await runMunicipalityDeadlineJob(context);
  },
};
