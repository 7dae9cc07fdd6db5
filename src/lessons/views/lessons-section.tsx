// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import type { Lesson } from '../lessons.service.js';
import { LessonItem } from './lesson-item.js';

/** How many lessons the pilot page shows before linking to the pilot's lessons page. */
export const lessonsShownOnPilotPage = 3;

/** Pilot page block: the latest published lessons and, for the team, the way to the log and lesson forms. */
export function LessonsSection({ ctx, pilotId, lessons, viewerIsTeam }: { ctx: PageContext; pilotId: number; lessons: readonly Lesson[]; viewerIsTeam: boolean }): JSX.Element {
  const { t } = ctx;
  return (
    <section aria-labelledby="lessons-heading">
      <h2 class="utrecht-heading-2" id="lessons-heading" safe>{t('lessons.pilot.sectionHeading')}</h2>
      {lessons.length ? (
        <ul class="ps-cards">
          {lessons.slice(0, lessonsShownOnPilotPage).map((lesson) => (
            <LessonItem ctx={ctx} lesson={lesson} headingLevel={3} />
          ))}
        </ul>
      ) : (
        <p class="utrecht-paragraph ps-muted" safe>{t('lessons.pilot.none')}</p>
      )}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/pilots/${pilotId}/lessons`} safe>{viewerIsTeam ? t('lessons.pilot.manage') : t('lessons.pilot.showAll')}</a>
      </p>
    </section>
  );
}
