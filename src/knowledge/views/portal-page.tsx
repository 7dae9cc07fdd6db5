// SPDX-License-Identifier: EUPL-1.2
import { lessonClusters, lessonOutcomes, type LessonCluster } from '../../lessons/lessons.schemas.js';
import { phases, themes } from '../../pilots/pilots.tables.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

export interface PortalFigures {
  lessons: number;
  lessonsByCluster: Record<LessonCluster, number>;
  experts: number;
  stories: number;
}

function LinkList({ label, links }: { label: string; links: { href: string; text: string }[] }): JSX.Element {
  return (
    <nav aria-label={label}>
      <h3 class="utrecht-heading-3" safe>{label}</h3>
      <ul class="utrecht-unordered-list ps-plain-list ps-portal-links">
        {links.map((link) => (
          <li>
            <a class="utrecht-link" href={link.href} safe>{link.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** GET /knowledge: the portal's entry page, linking the search aid, lessons (by their filters), experts, stories and documents. */
export function PortalPage({ ctx, figures }: { ctx: PageContext; figures: PortalFigures }): JSX.Element {
  const { t } = ctx;
  const section = (id: string, heading: string, href: string, text: string, extra: JSX.Element = '') => (
    <section aria-labelledby={id} class="ps-card ps-portal-block">
      <h2 class="utrecht-heading-2" id={id}>
        <a class="utrecht-link" href={href} safe>{heading}</a>
      </h2>
      <p class="utrecht-paragraph" safe>{text}</p>
      {extra}
    </section>
  );
  const lessonLinks = (
    <div class="ps-portal-lessons">
      <LinkList
        label={t('knowledge.portal.byCluster')}
        links={lessonClusters.map((cluster) => ({ href: `/lessons?cluster=${cluster}`, text: t('knowledge.portal.clusterCount', { cluster: t(`lessons.cluster.${cluster}`), count: figures.lessonsByCluster[cluster] }) }))}
      />
      <LinkList label={t('knowledge.portal.byPhase')} links={phases.map((phase) => ({ href: `/lessons?phase=${phase}`, text: t(`pilots.phase.${phase}`) }))} />
      <LinkList label={t('knowledge.portal.byTheme')} links={themes.map((theme) => ({ href: `/lessons?theme=${theme}`, text: t(`pilots.theme.${theme}`) }))} />
      <LinkList label={t('knowledge.portal.byOutcome')} links={lessonOutcomes.map((outcome) => ({ href: `/lessons?outcome=${outcome}`, text: t(`lessons.outcome.${outcome}`) }))} />
    </div>
  );
  return (
    <Layout ctx={ctx} title={t('knowledge.portal.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('knowledge.portal.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('knowledge.portal.intro')}</p>
        {section('portal-search-aid', t('knowledge.portal.searchAid'), '/search-aid', t('knowledge.portal.searchAidText'))}
        {section('portal-lessons', t('knowledge.portal.lessons'), '/lessons', t('knowledge.portal.lessonsText', { count: figures.lessons }), lessonLinks)}
        {section('portal-experts', t('knowledge.portal.experts'), '/knowledge/experts', t('knowledge.portal.expertsText', { count: figures.experts }))}
        {section('portal-stories', t('knowledge.portal.stories'), '/knowledge/stories', t('knowledge.portal.storiesText', { count: figures.stories }))}
        {section('portal-documents', t('knowledge.portal.documents'), '/knowledge/documents', t('knowledge.portal.documentsText'))}
      </>
    </Layout>
  );
}
