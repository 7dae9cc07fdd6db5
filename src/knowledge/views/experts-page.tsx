// SPDX-License-Identifier: EUPL-1.2
import { themes } from '../../pilots/pilots.tables.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { SelectField, TextField, type FormState } from '../../platform/views/form-components.js';
import type { Expert } from '../experts.service.js';
import { expertOffers } from '../knowledge.schemas.js';
import { Pagination } from './pagination.js';

interface ExpertsPageProps {
  ctx: PageContext;
  filters: FormState;
  result: { items: readonly Expert[]; total: number; page: number; pageSize: number };
  /** Whether the viewer already has a profile (for the link's wording); null when signed out. */
  ownProfile: boolean | null;
}

const offerLabel = (t: PageContext['t'], offer: string) => t(offer === 'coaching' ? 'knowledge.experts.offerCoaching' : 'knowledge.experts.offerSupport');

/** One expert: name, organisation, bio, what they offer and a contact link (never an address). */
export function ExpertCard({ ctx, expert }: { ctx: PageContext; expert: Expert }): JSX.Element {
  const { t } = ctx;
  const offers = [...(expert.offersCoaching ? ['coaching'] : []), ...(expert.offersSupport ? ['support'] : [])].map((offer) => offerLabel(t, offer));
  return (
    <li class="ps-card ps-expert">
      <h3 class="utrecht-heading-3" safe>{expert.name}</h3>
      {expert.organisation ? (
        <p class="utrecht-paragraph ps-meta">
          <a class="utrecht-link" href={`/organisations/${expert.organisation.slug}`} safe>{expert.organisation.name}</a>
        </p>
      ) : (
        ''
      )}
      <p class="utrecht-paragraph ps-prewrap" safe>{expert.bio}</p>
      {offers.length ? <p class="utrecht-paragraph" safe>{t('knowledge.experts.offers', { offers: offers.join(', ') })}</p> : ''}
      {expert.themes.length ? <p class="utrecht-paragraph" safe>{t('knowledge.experts.themes', { themes: expert.themes.map((theme) => t(`pilots.theme.${theme}`)).join(', ') })}</p> : ''}
      {expert.tags.length ? <p class="utrecht-paragraph" safe>{t('knowledge.experts.tags', { tags: expert.tags.join(', ') })}</p> : ''}
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/knowledge/contact/expert/${encodeURIComponent(expert.userId)}?return=${encodeURIComponent(ctx.url)}`} safe>{t('knowledge.experts.contact', { name: expert.name })}</a>
      </p>
    </li>
  );
}

/** GET /knowledge/experts: the expert pool, filterable by theme, tag and offer (a GET form), paginated. */
export function ExpertsPage({ ctx, filters, result, ownProfile }: ExpertsPageProps): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('knowledge.experts.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('knowledge.experts.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('knowledge.experts.intro')}</p>
        {ownProfile !== null ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/knowledge/experts/me" safe>{t(ownProfile ? 'knowledge.experts.ownEdit' : 'knowledge.experts.ownCreate')}</a>
          </p>
        ) : (
          ''
        )}
        <div class="ps-columns">
          <section aria-labelledby="experts-results">
            <h2 class="utrecht-heading-2" id="experts-results" safe>{t('knowledge.experts.results', { count: result.total })}</h2>
            {result.items.length === 0 ? (
              <p class="utrecht-paragraph" safe>{t('knowledge.experts.none')}</p>
            ) : (
              <ul class="ps-cards">
                {result.items.map((expert) => (
                  <ExpertCard ctx={ctx} expert={expert} />
                ))}
              </ul>
            )}
            <Pagination ctx={ctx} page={result.page} total={result.total} pageSize={result.pageSize} />
          </section>
          <aside aria-labelledby="experts-filter">
            <h2 class="utrecht-heading-2" id="experts-filter" safe>{t('knowledge.experts.filter')}</h2>
            <form method="get" action="/knowledge/experts" class="ps-form ps-filters">
              <SelectField form={filters} name="theme" label={t('knowledge.experts.theme')} t={t} placeholder={t('knowledge.experts.anyTheme')} options={themes.map((theme) => ({ value: theme, label: t(`pilots.theme.${theme}`) }))} />
              <TextField form={filters} name="tag" label={t('knowledge.experts.tag')} t={t} maxlength={40} />
              <SelectField form={filters} name="offer" label={t('knowledge.experts.offer')} t={t} placeholder={t('knowledge.experts.anyOffer')} options={expertOffers.map((offer) => ({ value: offer, label: offerLabel(t, offer) }))} />
              <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('knowledge.experts.apply')}</button>
            </form>
          </aside>
        </div>
      </>
    </Layout>
  );
}
