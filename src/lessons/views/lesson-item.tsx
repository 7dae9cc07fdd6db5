// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import type { Lesson } from '../lessons.service.js';

/** One lesson: title, its labels (cluster, phase, worked or not — in words, never colour only) and text. */
export function LessonItem({ ctx, lesson, headingLevel, pilot }: { ctx: PageContext; lesson: Lesson; headingLevel: 2 | 3; pilot?: { id: number; title: string } }): JSX.Element {
  const { t } = ctx;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="ps-card ps-lesson">
      <Heading class={`utrecht-heading-${headingLevel}`} safe>{lesson.title}</Heading>
      <ul class="ps-meta">
        <li class="ps-badge" safe>{t(`lessons.cluster.${lesson.cluster}`)}</li>
        <li class="ps-badge" safe>{t(`pilots.phase.${lesson.phase}`)}</li>
        <li class={`ps-badge ps-lesson__outcome--${lesson.outcome}`} safe>{t(`lessons.outcome.${lesson.outcome}`)}</li>
        {lesson.publishedAt ? '' : <li class="ps-badge" safe>{t('lessons.pilot.draft')}</li>}
      </ul>
      <p class="utrecht-paragraph ps-pre-line" safe>{lesson.body}</p>
      {pilot ? (
        <p class="utrecht-paragraph">
          <span safe>{t('lessons.list.fromPilot')}</span> <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{pilot.title}</a>
        </p>
      ) : (
        ''
      )}
    </li>
  );
}
