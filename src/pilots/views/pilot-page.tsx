// SPDX-License-Identifier: EUPL-1.2
import { Html } from '@kitajs/html';
import { Button, CsrfField } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { PilotDetail } from '../pilots.types.js';
import { PilotFacts } from './pilot-facts.js';
import { PhaseSteps } from './phase-steps.js';
import { formatDate, paragraphs } from './format.js';

export interface PilotPageProps {
  ctx: PageContext;
  pilot: PilotDetail;
  viewer: { isTeam: boolean; canEdit: boolean };
  /** Other modules' sections, already rendered (their own views escape what they show). */
  sections: { main: string[]; aside: string[] };
}

const descriptiveFields = ['what', 'goal', 'deliverables', 'approach', 'milestones'] as const;

/** What the team (and moderators) must know: draft, hidden with the moderator's reason, municipality deadline. */
function TeamNotices({ ctx, pilot, viewer }: Omit<PilotPageProps, 'sections'>): JSX.Element {
  const { t, locale } = ctx;
  const notices: JSX.Element[] = [];
  if (pilot.state === 'draft') {
    notices.push(<div class="utrecht-alert utrecht-alert--info ps-notice" role="status"><p class="utrecht-paragraph" safe>{t('pilots.page.draftNotice')}</p></div>);
  }
  if (pilot.hidden) {
    notices.push(
      <div class="utrecht-alert utrecht-alert--error ps-notice" role="alert">
        <p class="utrecht-paragraph"><strong safe>{t('pilots.page.hiddenNotice')}</strong></p>
        {pilot.hiddenReason ? <p class="utrecht-paragraph" safe>{t('pilots.page.hiddenReason', { reason: pilot.hiddenReason })}</p> : ''}
      </div>,
    );
  }
  const deadline = pilot.municipalityDeadline;
  if (viewer.isTeam || viewer.canEdit) {
    if (pilot.pastMunicipalityDeadline && deadline) {
      notices.push(<div class="utrecht-alert utrecht-alert--warning ps-notice" role="alert"><p class="utrecht-paragraph" safe>{t('pilots.page.pastDeadline', { date: formatDate(deadline, locale) })}</p></div>);
    } else if (pilot.state === 'published' && pilot.municipalityCount === 0 && deadline) {
      notices.push(<div class="utrecht-alert utrecht-alert--warning ps-notice" role="status"><p class="utrecht-paragraph" safe>{t('pilots.page.deadlineWarning', { date: formatDate(deadline, locale) })}</p></div>);
    }
  }
  return <>{notices}</>;
}

/** Edit and publish, for those allowed. */
function TeamActions({ ctx, pilot }: { ctx: PageContext; pilot: PilotDetail }): JSX.Element {
  const { t } = ctx;
  return (
    <div class="ps-actions" role="group" aria-label={t('pilots.page.actionsLabel')}>
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/pilots/${pilot.id}/edit`} safe>{t('pilots.page.edit')}</a>
      {pilot.state === 'draft' ? (
        <form method="post" action={`/pilots/${pilot.id}/publish`} class="ps-inline-form">
          <CsrfField token={ctx.csrfToken} />
          <Button kind="primary">{Html.escapeHtml(t('pilots.page.publish'))}</Button>
        </form>
      ) : (
        ''
      )}
    </div>
  );
}

/** The pilot page: heading, status and phase, the five descriptions, facts, then other modules' sections. */
export function PilotPage({ ctx, pilot, viewer, sections }: PilotPageProps): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={pilot.title}>
      <article class="ps-pilot" aria-labelledby="pilot-title">
        <TeamNotices ctx={ctx} pilot={pilot} viewer={viewer} />
        <header class="ps-pilot__header">
          <h1 class="utrecht-heading-1" id="pilot-title">
            {pilot.state === 'draft' ? <span class="ps-badge" safe>{`${t('pilots.page.draft')}: `}</span> : ''}
            <span safe>{pilot.title}</span>
          </h1>
          <p class="utrecht-paragraph utrecht-paragraph--lead" safe>{pilot.summary}</p>
          <p class="utrecht-paragraph ps-pilot__status">
            <strong safe>{`${t('pilots.page.statusLabel')}: `}</strong>
            <span class={`ps-badge ps-status ps-status--${pilot.status}`} safe>{t(`pilots.status.${pilot.status}`)}</span>
            {pilot.statusReason ? <span class="ps-pilot__status-reason" safe>{` — ${pilot.statusReason}`}</span> : ''}
          </p>
          <PhaseSteps phase={pilot.phase} t={t} />
          {viewer.canEdit ? <TeamActions ctx={ctx} pilot={pilot} /> : ''}
        </header>
        <div class="ps-columns">
          <div class="ps-pilot__main">
            {descriptiveFields.map((field) => (
              <section aria-labelledby={`pilot-${field}`}>
                <h2 class="utrecht-heading-2" id={`pilot-${field}`} safe>{t(`pilots.fields.${field}.label`)}</h2>
                {paragraphs(pilot[field]).map((part) => <p class="utrecht-paragraph ps-prewrap" safe>{part}</p>)}
              </section>
            ))}
            {sections.main.join('') as 'safe'}
          </div>
          <aside class="ps-pilot__aside" aria-label={t('pilots.page.about')}>
            <PilotFacts ctx={ctx} pilot={pilot} />
            {sections.aside.join('') as 'safe'}
          </aside>
        </div>
      </article>
    </Layout>
  );
}
