// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, ErrorSummary, emptyForm, type FormState } from '../../platform/views/form-components.js';
import type { Lesson, LogEntry } from '../lessons.service.js';
import { LessonForm, LogEntryForm } from './lesson-forms.js';
import { LessonItem } from './lesson-item.js';

function longDate(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(value));
}

function LearningLog({ ctx, entries }: { ctx: PageContext; entries: readonly LogEntry[] }): JSX.Element {
  const { t } = ctx;
  if (entries.length === 0) return <p class="utrecht-paragraph ps-muted" safe>{t('lessons.pilot.logNone')}</p>;
  return (
    <ul class="ps-cards">
      {entries.map((entry) => (
        <li class="ps-card">
          <h3 class="utrecht-heading-3" safe>{t('lessons.pilot.entryOf', { date: longDate(entry.createdAt, ctx.locale) })}</h3>
          <dl class="ps-dl">
            {(['expected', 'happened', 'why', 'nextTime'] as const).map((field) => (
              <>
                <dt safe>{t(`lessons.fields.${field}`)}</dt>
                <dd class="ps-pre-line" safe>{entry[field]}</dd>
              </>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

interface PilotLessonsPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  lessons: readonly Lesson[];
  /** The team's view: drafts, the log and the forms; null for everyone else. */
  team: { log: readonly LogEntry[]; lessonForm: FormState; logForm: FormState } | null;
}

/** GET /pilots/:id/lessons: the pilot's lessons; for its team also drafts, the learning log and both forms. */
export function PilotLessonsPage({ ctx, pilot, lessons, team }: PilotLessonsPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('lessons.pilot.pageTitle', { pilot: pilot.title });
  const failed = team && Object.keys(team.lessonForm.errors).length ? team.lessonForm : team && Object.keys(team.logForm.errors).length ? team.logForm : emptyForm;
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('lessons.pilot.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <ErrorSummary form={failed} t={t} />
        <h2 class="utrecht-heading-2" safe>{t('lessons.pilot.heading')}</h2>
        {lessons.length === 0 ? (
          <p class="utrecht-paragraph ps-muted" safe>{t('lessons.pilot.none')}</p>
        ) : (
          <ul class="ps-cards">
            {lessons.map((lesson) => (
              <>
                <LessonItem ctx={ctx} lesson={lesson} headingLevel={3} />
                {team && !lesson.publishedAt ? (
                  <li class="ps-lesson__actions">
                    <form method="post" action={`/pilots/${pilot.id}/lessons/${lesson.id}/publish`} class="ps-inline-form">
                      <CsrfField token={ctx.csrfToken} />
                      <button class="utrecht-button utrecht-button--secondary-action" type="submit" aria-label={t('lessons.pilot.publishLabel', { title: lesson.title })} safe>
                        {t('lessons.pilot.publish')}
                      </button>
                    </form>
                  </li>
                ) : (
                  ''
                )}
              </>
            ))}
          </ul>
        )}
        {team ? (
          <>
            <h2 class="utrecht-heading-2" safe>{t('lessons.pilot.newLesson')}</h2>
            <LessonForm ctx={ctx} pilotId={pilot.id} form={team.lessonForm} />
            <h2 class="utrecht-heading-2" safe>{t('lessons.pilot.log')}</h2>
            <p class="utrecht-paragraph" safe>{t('lessons.pilot.logIntro')}</p>
            <LearningLog ctx={ctx} entries={team.log} />
            <h3 class="utrecht-heading-3" safe>{t('lessons.pilot.newEntry')}</h3>
            <LogEntryForm ctx={ctx} pilotId={pilot.id} form={team.logForm} />
          </>
        ) : (
          ''
        )}
      </>
    </Layout>
  );
}
