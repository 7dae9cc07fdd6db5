// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/database.js';

export interface DeadlineCandidate {
  id: number;
  title: string;
  createdByUserId: string | null;
  municipalityDeadline: string | null;
}

type NoticeColumn = 'deadlineNotifiedAt' | 'deadlineRemindedAt';

/**
 * Queries of the municipality-deadline job. Each notice is claimed with a conditional UPDATE before it is sent,
 * so when several instances run the job at once exactly one of them sends it.
 */
export function pilotDeadlineRepository(db: Database) {
  function due(column: NoticeColumn, from: string | null, until: string, limit: number) {
    let query = db
      .selectFrom('pilots')
      .select(['id', 'title', 'createdByUserId', 'municipalityDeadline'])
      .where('state', '=', 'published')
      .where('hiddenAt', 'is', null)
      .where('municipalityCount', '=', 0)
      .where(column, 'is', null)
      .where('municipalityDeadline', 'is not', null)
      .where('municipalityDeadline', '<=', until);
    if (from) query = query.where('municipalityDeadline', '>', from);
    return query.orderBy('municipalityDeadline').limit(limit).execute() as Promise<DeadlineCandidate[]>;
  }

  async function claim(column: NoticeColumn, pilotId: number, at: string): Promise<boolean> {
    const result = await db
      .updateTable('pilots')
      .set({ [column]: at })
      .where('id', '=', pilotId)
      .where(column, 'is', null)
      .where('municipalityCount', '=', 0)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  return {
    /** Published pilots without a municipality whose deadline passed and whose initiator was not told yet. */
    dueNotices: (now: string, limit: number) => due('deadlineNotifiedAt', null, now, limit),
    /** Pilots whose deadline falls within the coming week and whose initiator was not reminded yet. */
    dueReminders: (now: string, weekAhead: string, limit: number) => due('deadlineRemindedAt', now, weekAhead, limit),
    claimNotice: (pilotId: number, at: string) => claim('deadlineNotifiedAt', pilotId, at),
    claimReminder: (pilotId: number, at: string) => claim('deadlineRemindedAt', pilotId, at),
    /** Gives a claim back when the e-mail could not be sent, so the next run tries again. */
    async release(column: NoticeColumn, pilotId: number, at: string): Promise<void> {
      await db.updateTable('pilots').set({ [column]: null }).where('id', '=', pilotId).where(column, '=', at).execute();
    },
  };
}
