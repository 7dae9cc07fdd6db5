// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, ErrorSummary, TextAreaField, TextField, type FormState } from '../../platform/views/form-components.js';
import type { Story } from '../stories.service.js';
import { Pagination } from './pagination.js';

const day = (iso: string) => iso.slice(0, 10);

/** GET /knowledge/stories: published stories, newest first. */
export function StoriesPage({ ctx, result }: { ctx: PageContext; result: { items: readonly Story[]; total: number; page: number; pageSize: number } }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('knowledge.stories.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('knowledge.stories.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('knowledge.stories.intro')}</p>
        <h2 class="utrecht-heading-2" safe>{t('knowledge.stories.results', { count: result.total })}</h2>
        {result.items.length === 0 ? (
          <p class="utrecht-paragraph" safe>{t('knowledge.stories.none')}</p>
        ) : (
          <ul class="ps-cards">
            {result.items.map((story) => (
              <li class="ps-card">
                <h3 class="utrecht-heading-3">
                  <a class="utrecht-link" href={`/knowledge/stories/${story.id}`} safe>{story.title}</a>
                </h3>
                <p class="utrecht-paragraph ps-meta" safe>{`${t('knowledge.stories.pilot', { pilot: story.pilotTitle })} · ${t('knowledge.stories.published', { date: day(story.publishedAt) })}`}</p>
                <p class="utrecht-paragraph" safe>{story.body.length > 280 ? `${story.body.slice(0, 277)}…` : story.body}</p>
              </li>
            ))}
          </ul>
        )}
        <Pagination ctx={ctx} page={result.page} total={result.total} pageSize={result.pageSize} />
      </>
    </Layout>
  );
}

/** GET /knowledge/stories/:id: one story; moderators get a button to take it offline. */
export function StoryPage({ ctx, story, canModerate }: { ctx: PageContext; story: Story; canModerate: boolean }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={story.title}>
      <>
        <h1 class="utrecht-heading-1" safe>{story.title}</h1>
        {story.unpublished ? <p class="utrecht-paragraph ps-notice" safe>{t('knowledge.stories.unpublishedNotice')}</p> : ''}
        <p class="utrecht-paragraph ps-meta">
          <a class="utrecht-link" href={`/pilots/${story.pilotId}`} safe>{t('knowledge.stories.pilot', { pilot: story.pilotTitle })}</a>
          <span safe>{` · ${t('knowledge.stories.published', { date: day(story.publishedAt) })}`}</span>
        </p>
        <p class="utrecht-paragraph ps-prewrap" safe>{story.body}</p>
        <h2 class="utrecht-heading-2" safe>{t('knowledge.stories.reusable')}</h2>
        <p class="utrecht-paragraph ps-prewrap" safe>{story.reusable}</p>
        {canModerate && !story.unpublished ? (
          <form method="post" action={`/knowledge/stories/${story.id}/unpublish`} class="ps-form">
            <CsrfField token={ctx.csrfToken} />
            <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('knowledge.stories.unpublish')}</button>
          </form>
        ) : (
          ''
        )}
      </>
    </Layout>
  );
}

/** GET /pilots/:id/stories/new: the team writes a story. */
export function StoryFormPage({ ctx, pilot, form }: { ctx: PageContext; pilot: { id: number; title: string }; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('knowledge.stories.writeTitle', { pilot: pilot.title })}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('knowledge.stories.writeTitle', { pilot: pilot.title })}</h1>
        <p class="utrecht-paragraph" safe>{t('knowledge.stories.writeIntro')}</p>
        <ErrorSummary form={form} t={t} />
        <form method="post" action={`/pilots/${pilot.id}/stories`} class="ps-form" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField form={form} name="title" label={t('knowledge.fields.title')} description={t('knowledge.stories.titleHint')} t={t} required maxlength={200} />
          <TextAreaField form={form} name="body" label={t('knowledge.fields.body')} description={t('knowledge.stories.bodyHint')} t={t} required rows={12} />
          <TextAreaField form={form} name="reusable" label={t('knowledge.fields.reusable')} description={t('knowledge.stories.reusableHint')} t={t} required rows={5} />
          <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('knowledge.stories.publish')}</button>
        </form>
      </>
    </Layout>
  );
}
