// SPDX-License-Identifier: EUPL-1.2
import { reasonText } from '../../matching/views/similar-list.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, ErrorSummary, TextAreaField, type FormState } from '../../platform/views/form-components.js';
import { searchAidMaxLength, searchAidMinLength } from '../knowledge.schemas.js';
import type { FittingLesson, FittingOrganisation, FittingPilot, SearchAidResult } from '../search-aid.service.js';

interface SearchAidPageProps {
  ctx: PageContext;
  form: FormState;
  result: SearchAidResult | null;
}

const titles = (pilots: readonly { title: string }[]) => pilots.map((pilot) => pilot.title).join(', ');

function PilotResult({ ctx, item }: { ctx: PageContext; item: FittingPilot }): JSX.Element {
  const { t } = ctx;
  const { pilot } = item;
  return (
    <li class="ps-card ps-search-aid-item">
      <h4 class="utrecht-heading-4">
        <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{pilot.title}</a>
      </h4>
      <p class="utrecht-paragraph ps-meta" safe>{`${t('knowledge.searchAid.initiator', { organisation: pilot.initiator.name })} · ${t(`pilots.phase.${pilot.phase}`)}`}</p>
      <p class="utrecht-paragraph" safe>{pilot.summary}</p>
      {item.reasons.length > 0 ? <p class="utrecht-paragraph ps-search-aid-why" safe>{t('knowledge.searchAid.why', { reasons: item.reasons.map((reason) => reasonText(ctx, reason)).join('; ') })}</p> : ''}
      <div class="ps-actions">
        {ctx.user ? (
          <form method="post" action={`/search-aid/follow/${pilot.id}`} class="ps-inline-form">
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="return" value={ctx.url} />
            <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('knowledge.searchAid.follow', { pilot: pilot.title })}</button>
          </form>
        ) : (
          <a class="utrecht-link" href={`/sign-in?return=${encodeURIComponent(ctx.url)}`} safe>{t('knowledge.searchAid.signInToFollow', { pilot: pilot.title })}</a>
        )}
        <a class="utrecht-link" href={`/knowledge/contact/pilot/${pilot.id}?return=${encodeURIComponent(ctx.url)}`} safe>{t('knowledge.searchAid.contactTeam', { pilot: pilot.title })}</a>
      </div>
    </li>
  );
}

function LessonResult({ ctx, item }: { ctx: PageContext; item: FittingLesson }): JSX.Element {
  const { t } = ctx;
  const { lesson } = item;
  return (
    <li class="ps-card ps-search-aid-item">
      <h4 class="utrecht-heading-4" safe>{lesson.title}</h4>
      <p class="utrecht-paragraph ps-meta">
        <a class="utrecht-link" href={`/pilots/${lesson.pilotId}/lessons`} safe>{t('knowledge.searchAid.fromPilot', { pilot: lesson.pilotTitle })}</a>
        <span safe>{` · ${t(`lessons.cluster.${lesson.cluster}`)} · ${t(`lessons.outcome.${lesson.outcome}`)}`}</span>
      </p>
      <p class="utrecht-paragraph ps-prewrap" safe>{lesson.body}</p>
      {item.sharedWords.length > 0 ? <p class="utrecht-paragraph ps-search-aid-why" safe>{t('knowledge.searchAid.lessonWords', { words: item.sharedWords.join(', ') })}</p> : ''}
      {item.fromFittingPilot ? <p class="utrecht-paragraph ps-search-aid-why" safe>{t('knowledge.searchAid.lessonPilot')}</p> : ''}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/knowledge/contact/pilot/${lesson.pilotId}?return=${encodeURIComponent(ctx.url)}`} safe>{t('knowledge.searchAid.contactTeam', { pilot: lesson.pilotTitle })}</a>
      </p>
    </li>
  );
}

function OrganisationResult({ ctx, item }: { ctx: PageContext; item: FittingOrganisation }): JSX.Element {
  const { t } = ctx;
  const first = item.adopted[0] ?? item.takesPart[0];
  return (
    <li class="ps-card ps-search-aid-item">
      <h4 class="utrecht-heading-4">
        <a class="utrecht-link" href={`/organisations/${item.organisation.slug}`} safe>{item.organisation.name}</a>
      </h4>
      {item.adopted.length > 0 ? <p class="utrecht-paragraph ps-search-aid-why" safe>{t('knowledge.searchAid.adopted', { pilots: titles(item.adopted) })}</p> : ''}
      {item.takesPart.length > 0 ? <p class="utrecht-paragraph ps-search-aid-why" safe>{t('knowledge.searchAid.takesPart', { pilots: titles(item.takesPart) })}</p> : ''}
      {first ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/knowledge/contact/pilot/${first.id}?return=${encodeURIComponent(ctx.url)}`} safe>{t('knowledge.searchAid.contactTeam', { pilot: first.title })}</a>
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

function Results({ ctx, result }: { ctx: PageContext; result: SearchAidResult }): JSX.Element {
  const { t } = ctx;
  const block = (id: string, heading: string, none: string, items: JSX.Element[]) => (
    <section aria-labelledby={id}>
      <h3 class="utrecht-heading-3" id={id} safe>{heading}</h3>
      {items.length === 0 ? <p class="utrecht-paragraph" safe>{none}</p> : <ul class="ps-cards">{items}</ul>}
    </section>
  );
  return (
    <section aria-labelledby="search-aid-results" class="ps-search-aid-results">
      <h2 class="utrecht-heading-2" id="search-aid-results" safe>{t('knowledge.searchAid.results')}</h2>
      {block('search-aid-pilots', t('knowledge.searchAid.pilots'), t('knowledge.searchAid.pilotsNone'), result.pilots.map((item) => <PilotResult ctx={ctx} item={item} />))}
      {block('search-aid-lessons', t('knowledge.searchAid.lessons'), t('knowledge.searchAid.lessonsNone'), result.lessons.map((item) => <LessonResult ctx={ctx} item={item} />))}
      {block('search-aid-organisations', t('knowledge.searchAid.organisations'), t('knowledge.searchAid.organisationsNone'), result.organisations.map((item) => <OrganisationResult ctx={ctx} item={item} />))}
    </section>
  );
}

/** GET /search-aid: a plain GET form (bookmarkable, works without JavaScript) and what fits the described problem. */
export function SearchAidPage({ ctx, form, result }: SearchAidPageProps): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('knowledge.searchAid.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('knowledge.searchAid.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('knowledge.searchAid.intro')}</p>
        <ErrorSummary form={form} t={t} />
        <form method="get" action="/search-aid" class="ps-form ps-search-aid-form" role="search" novalidate>
          <TextAreaField form={form} name="q" label={t('knowledge.searchAid.label')} description={t('knowledge.searchAid.hint', { min: searchAidMinLength, max: searchAidMaxLength })} t={t} required rows={5} />
          <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('knowledge.searchAid.submit')}</button>
        </form>
        {result ? <Results ctx={ctx} result={result} /> : ''}
      </>
    </Layout>
  );
}
