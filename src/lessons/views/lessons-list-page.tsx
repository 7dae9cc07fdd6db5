// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { ChoiceGroup, TextField, type FormState } from '../../platform/views/form-components.js';
import { phases, themes } from '../../pilots/pilots.tables.js';
import { lessonClusters, lessonOutcomes } from '../lessons.schemas.js';
import type { ListedLesson } from '../lessons.service.js';
import { LessonItem } from './lesson-item.js';

interface LessonsListPageProps {
  ctx: PageContext;
  /** The filters as sent, to show them again. */
  filters: FormState;
  result: { items: readonly ListedLesson[]; total: number; page: number; pageSize: number };
}

function pageHref(url: string, page: number): string {
  const [path = '/lessons', query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.set('page', String(page));
  return `${path}?${params.toString()}`;
}

/** GET /lessons: published lessons from all pilots, searchable and filterable; works without JavaScript (GET form). */
export function LessonsListPage({ ctx, filters, result }: LessonsListPageProps): JSX.Element {
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const options = <T extends string>(values: readonly T[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  return (
    <Layout ctx={ctx} title={t('lessons.list.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('lessons.list.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('lessons.list.intro')}</p>
        <div class="ps-columns">
          <section aria-labelledby="lessons-results">
            <h2 class="utrecht-heading-2" id="lessons-results" aria-live="polite" safe>{t('lessons.list.results', { count: result.total })}</h2>
            {result.items.length === 0 ? (
              <p class="utrecht-paragraph" safe>{t('lessons.list.none')}</p>
            ) : (
              <ul class="ps-cards">
                {result.items.map((lesson) => (
                  <LessonItem ctx={ctx} lesson={lesson} headingLevel={3} pilot={{ id: lesson.pilotId, title: lesson.pilotTitle }} />
                ))}
              </ul>
            )}
            {pages > 1 ? (
              <nav aria-label={t('lessons.list.pagination')}>
                <ul class="ps-pagination">
                  {result.page > 1 ? (
                    <li>
                      <a class="utrecht-link" href={pageHref(ctx.url, result.page - 1)} rel="prev" safe>{t('lessons.list.previous')}</a>
                    </li>
                  ) : (
                    ''
                  )}
                  <li safe>{t('lessons.list.pageOf', { page: result.page, pages })}</li>
                  {result.page < pages ? (
                    <li>
                      <a class="utrecht-link" href={pageHref(ctx.url, result.page + 1)} rel="next" safe>{t('lessons.list.next')}</a>
                    </li>
                  ) : (
                    ''
                  )}
                </ul>
              </nav>
            ) : (
              ''
            )}
          </section>
          <aside aria-labelledby="lessons-filter">
            <h2 class="utrecht-heading-2" id="lessons-filter" safe>{t('lessons.list.filter')}</h2>
            <form method="get" action="/lessons" class="ps-form ps-filters" role="search">
              <TextField form={filters} name="q" type="search" label={t('lessons.list.search')} t={t} maxlength={200} />
              <ChoiceGroup form={filters} name="cluster" legend={t('lessons.fields.cluster')} t={t} type="checkbox" options={options(lessonClusters, 'lessons.cluster')} />
              <ChoiceGroup form={filters} name="phase" legend={t('lessons.fields.phase')} t={t} type="checkbox" options={options(phases, 'pilots.phase')} />
              <ChoiceGroup
                form={filters}
                name="outcome"
                legend={t('lessons.fields.outcome')}
                t={t}
                type="radio"
                options={[{ value: '', label: t('lessons.list.anyOutcome') }, ...options(lessonOutcomes, 'lessons.outcome')]}
              />
              <ChoiceGroup form={filters} name="theme" legend={t('lessons.list.theme')} t={t} type="checkbox" options={options(themes, 'pilots.theme')} />
              <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('lessons.list.apply')}</button>
            </form>
          </aside>
        </div>
      </>
    </Layout>
  );
}
