// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import { formatDate } from '../../pilots/views/format.js';
import type { ReflectionSchedule } from '../reflection.service.js';

export interface ReflectionSummary {
  sessions: number;
  lastSessionOn: string | undefined;
  schedule: ReflectionSchedule | null;
  openActions: number;
  barriers: number;
}

/** The pilot page block: how often the team reflected; for the team also what is due and the links. */
export function ReflectionSection({ ctx, pilotId, summary, isTeam }: { ctx: PageContext; pilotId: number; summary: ReflectionSummary; isTeam: boolean }): JSX.Element {
  const { t } = ctx;
  const { schedule } = summary;
  return (
    <section class="ps-reflection-section" aria-labelledby="reflection-heading">
      <h2 class="utrecht-heading-2" id="reflection-heading" safe>{t('reflection.section.heading')}</h2>
      <p class="utrecht-paragraph" safe>
        {summary.sessions && summary.lastSessionOn
          ? t('reflection.section.sessions', { count: summary.sessions, date: formatDate(summary.lastSessionOn, ctx.locale) })
          : t('reflection.section.sessionsNone')}
      </p>
      {isTeam ? (
        <>
          {schedule ? (
            <p class={`utrecht-paragraph${schedule.overdue ? ' ps-reflection-overdue' : ''}`} safe>
              {t(schedule.overdue ? 'reflection.section.overdue' : 'reflection.section.nextDue', { date: formatDate(schedule.nextDueOn, ctx.locale) })}
            </p>
          ) : (
            ''
          )}
          <p class="utrecht-paragraph" safe>{summary.openActions ? t('reflection.section.openActions', { count: summary.openActions }) : t('reflection.section.openActionsNone')}</p>
          <p class="utrecht-paragraph" safe>{summary.barriers ? t('reflection.section.barriers', { count: summary.barriers }) : t('reflection.section.barriersNone')}</p>
          <ul class="utrecht-unordered-list ps-reflection-links">
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`/pilots/${pilotId}/reflections`} safe>{t('reflection.section.toReflections')}</a>
            </li>
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`/pilots/${pilotId}/barriers`} safe>{t('reflection.section.toBarriers')}</a>
            </li>
          </ul>
        </>
      ) : (
        ''
      )}
    </section>
  );
}
