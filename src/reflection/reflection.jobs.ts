// SPDX-License-Identifier: EUPL-1.2
import { accountsService } from '../accounts/accounts.service.js';
import { defaultLocale, isLocale, type Locale } from '../platform/i18n.js';
import type { AppContext, PeriodicJob } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { formatDate } from '../pilots/views/format.js';
import { teamService } from '../teams/teams.service.js';
import { dueNoticeDays } from './reflection.catalogue.js';
import { addDays, dayOf } from './reflection.dates.js';
import { reflectionRepository, type ScheduleRow } from './reflection.repository.js';

/** Pilots handled per run and kind; a backlog is worked off over the next runs. */
const batchSize = 100;

type Notice = 'due' | 'overdue';

interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

/** The pilot's team members; a pilot without team rows falls back to its contact address. */
async function recipientsOf(context: AppContext, pilotId: number, contact: { name: string; email: string }): Promise<Recipient[]> {
  const members = await teamService(context).membersOf(pilotId);
  const users = members.length ? await accountsService(context).usersByIds(members.map((member) => member.userId)) : [];
  if (users.length === 0) return [{ email: contact.email, name: contact.name, locale: defaultLocale }];
  return users.map((user) => ({
    email: user.email,
    name: user.name,
    // usersByIds may or may not carry the member's language; without it the mail is in Dutch.
    locale: 'locale' in user && isLocale(user.locale) ? user.locale : defaultLocale,
  }));
}

async function notify(context: AppContext, kind: Notice, rows: readonly ScheduleRow[]): Promise<number> {
  const repository = reflectionRepository(context.db);
  const pilots = pilotsService(context);
  const column = kind === 'due' ? 'dueNoticeFor' : 'overdueNoticeFor';
  let sent = 0;
  for (const row of rows) {
    if (!(await repository.claimNotice(column, row.pilotId, row.nextDueOn))) continue;
    const pilot = await pilots.findById(row.pilotId);
    // Stopped, finished or paused pilots hold no sessions: the claim is kept so they are not looked at again.
    if (!pilot || pilot.status !== 'running') continue;
    try {
      for (const to of await recipientsOf(context, pilot.id, { name: pilot.contactName, email: pilot.contactEmail })) {
        const t = context.i18n.translator(to.locale);
        const params = { name: to.name, title: pilot.title, date: formatDate(row.nextDueOn, to.locale), url: `${context.config.baseUrl}/pilots/${pilot.id}/reflections` };
        await context.mailer.send({ to: to.email, subject: t(`reflection.mail.${kind}.subject`, params), text: t(`reflection.mail.${kind}.body`, params) });
        sent += 1;
      }
    } catch (error) {
      await repository.releaseNotice(column, row.pilotId, kind === 'due' ? row.dueNoticeFor : row.overdueNoticeFor);
      throw error;
    }
  }
  return sent;
}

/**
 * A week before a session is due the team is told; the day after the due date, if no session was recorded,
 * they are told again. Each reminder belongs to one due date, so recording a session (a new date) re-arms both.
 */
export async function runReflectionReminders(context: AppContext, now: Date = new Date()): Promise<{ due: number; overdue: number }> {
  const repository = reflectionRepository(context.db);
  const today = dayOf(now);
  const overdue = await notify(context, 'overdue', await repository.pendingOverdueNotices(today, batchSize));
  // An overdue pilot got the stronger reminder above; its "due" reminder would only repeat it.
  const due = await notify(context, 'due', await repository.pendingDueNotices(today, addDays(today, dueNoticeDays), batchSize));
  return { due, overdue };
}

export const reflectionReminderJob: PeriodicJob = {
  name: 'reflection.reminders',
  everySeconds: 900,
  run: async (context) => {
    await runReflectionReminders(context);
  },
};
