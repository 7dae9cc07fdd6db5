// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { PilotSummary } from '../../pilots/pilots.types.js';
import { pilotListUrl } from '../../pilots/pilots-search.urls.js';
import { PilotCards } from '../../pilots/views/list-card.js';
import { ListPagination } from '../../pilots/views/list-pagination.js';
import type { OrganisationPilotKind } from '../../participation/participation.service.js';
import type { OrganisationRow } from '../organisations.repository.js';

export const organisationPilotsPageSize = 10;

/** The query parameter that pages each list: initiated → ip, joined → jp, followed → fp. */
export const pageParameter: Record<OrganisationPilotKind, 'ip' | 'jp' | 'fp'> = { initiated: 'ip', joined: 'jp', followed: 'fp' };

export interface PilotSection {
  kind: OrganisationPilotKind;
  pilots: readonly PilotSummary[];
  total: number;
  page: number;
}

interface OrganisationPageProps {
  ctx: PageContext;
  organisation: OrganisationRow;
  sections: readonly PilotSection[];
  pages: Record<'ip' | 'jp' | 'fp', number>;
}

/** Only web addresses are made into links, so a stored "javascript:" value can never run. */
const isWebAddress = (value: string | null): value is string => value !== null && /^https?:\/\//i.test(value);

function sectionHref(slug: string, pages: Record<'ip' | 'jp' | 'fp', number>, kind: OrganisationPilotKind, page: number): string {
  const next = { ...pages, [pageParameter[kind]]: page };
  const params = new URLSearchParams();
  for (const key of ['ip', 'jp', 'fp'] as const) if (next[key] > 1) params.set(key, String(next[key]));
  const search = params.toString();
  return `/organisations/${encodeURIComponent(slug)}${search ? `?${search}` : ''}#${kind}`;
}

/** GET /organisations/:slug: who the organisation is and the pilots it initiates, joins and follows. */
export function OrganisationPage({ ctx, organisation, sections, pages }: OrganisationPageProps): JSX.Element {
  const { t } = ctx;
  const name = organisation.name;
  const allPilots = organisation.type === 'municipality' && organisation.cbsCode ? pilotListUrl({ municipality: organisation.cbsCode }) : pilotListUrl({ organisation: organisation.id });
  return (
    <Layout ctx={ctx} title={name}>
      <>
        <h1 class="utrecht-heading-1" safe>{name}</h1>
        <dl class="ps-dl ps-organisation-facts">
          <dt safe>{t('organisations.page.type')}</dt>
          <dd safe>{t(`organisations.type.${organisation.type}`)}</dd>
          {organisation.province ? (
            <>
              <dt safe>{t('organisations.page.province')}</dt>
              <dd safe>{organisation.province}</dd>
            </>
          ) : (
            ''
          )}
          {organisation.cbsCode ? (
            <>
              <dt safe>{t('organisations.page.cbsCode')}</dt>
              <dd safe>{organisation.cbsCode}</dd>
            </>
          ) : (
            ''
          )}
          {isWebAddress(organisation.website) ? (
            <>
              <dt safe>{t('organisations.page.website')}</dt>
              <dd>
                <a class="utrecht-link" href={organisation.website} rel="noopener" safe>{organisation.website}</a>
              </dd>
            </>
          ) : (
            ''
          )}
        </dl>
        {organisation.description ? (
          <section aria-labelledby="organisation-about">
            <h2 class="utrecht-heading-2" id="organisation-about" safe>{t('organisations.page.about')}</h2>
            <p class="utrecht-paragraph ps-organisation-description" safe>{organisation.description}</p>
          </section>
        ) : (
          ''
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={allPilots} safe>{t('organisations.page.searchAll', { name })}</a>
        </p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/organisations/${encodeURIComponent(organisation.slug)}/dashboard`} safe>{t('organisations.page.dashboard', { name })}</a>
        </p>
        {sections.map((section) => {
          const sectionPages = Math.max(1, Math.ceil(section.total / organisationPilotsPageSize));
          return (
            <section class="ps-organisation-pilots" id={section.kind} aria-labelledby={`${section.kind}-heading`}>
              <h2 class="utrecht-heading-2" id={`${section.kind}-heading`}>
                <span safe>{t(`organisations.page.${section.kind}.heading`, { name })}</span>{' '}
                <span class="ps-badge" safe>{t('organisations.page.count', { count: section.total })}</span>
              </h2>
              {section.pilots.length > 0 ? (
                <PilotCards t={t} pilots={section.pilots} />
              ) : (
                <p class="utrecht-paragraph" safe>{t(`organisations.page.${section.kind}.empty`, { name })}</p>
              )}
              <ListPagination
                t={t}
                page={Math.min(section.page, sectionPages)}
                pages={sectionPages}
                label={t(`organisations.page.${section.kind}.pagination`, { name })}
                hrefFor={(n) => sectionHref(organisation.slug, pages, section.kind, n)}
              />
            </section>
          );
        })}
      </>
    </Layout>
  );
}
