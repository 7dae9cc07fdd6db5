// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import type { PilotDetail } from '../pilots.types.js';
import { formatDate } from './format.js';

function Fact({ term, children }: { term: string; children: JSX.Element }): JSX.Element {
  return (
    <>
      <dt safe>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The classification lines that were filled in (all optional). */
function classificationLines(ctx: PageContext, pilot: PilotDetail): string[] {
  const { t } = ctx;
  return [
    pilot.purpose ? `${t('pilots.fields.purpose.label')}: ${t(`pilots.purpose.${pilot.purpose}`)}` : '',
    pilot.innovationObject ? `${t('pilots.fields.innovationObject.label')}: ${t(`pilots.object.${pilot.innovationObject}`)}` : '',
    pilot.degree ? `${t('pilots.fields.degree.label')}: ${t(`pilots.degree.${pilot.degree}`)}` : '',
    pilot.level ? `${t('pilots.fields.level.label')}: ${t(`pilots.level.${pilot.level}`)}` : '',
  ].filter(Boolean);
}

/**
 * Initiator, themes, keywords, classification, planning, contact and links. The contact's e-mail address is a
 * mailto link for signed-in members only, which keeps it out of reach of address harvesters.
 */
export function PilotFacts({ ctx, pilot }: { ctx: PageContext; pilot: PilotDetail }): JSX.Element {
  const { t, locale } = ctx;
  const classification = classificationLines(ctx, pilot);
  return (
    <section aria-labelledby="pilot-facts">
      <h2 class="utrecht-heading-2" id="pilot-facts" safe>{t('pilots.page.about')}</h2>
      <dl class="ps-dl ps-pilot-facts">
        <Fact term={t('pilots.page.initiator')}>
          <a class="utrecht-link" href={`/organisations/${encodeURIComponent(pilot.initiator.slug)}`} safe>{pilot.initiator.name}</a>
        </Fact>
        {pilot.themes.length ? <Fact term={t('pilots.page.themes')}><span safe>{pilot.themes.map((theme) => t(`pilots.theme.${theme}`)).join(', ')}</span></Fact> : ''}
        {pilot.tags.length ? <Fact term={t('pilots.page.tags')}><span safe>{pilot.tags.join(', ')}</span></Fact> : ''}
        {classification.length ? (
          <Fact term={t('pilots.page.classification')}>
            <ul class="ps-plain-list">{classification.map((line) => <li safe>{line}</li>)}</ul>
          </Fact>
        ) : (
          ''
        )}
        {pilot.startDate ? <Fact term={t('pilots.page.startDate')}><span safe>{formatDate(pilot.startDate, locale)}</span></Fact> : ''}
        {pilot.plannedEndDate ? <Fact term={t('pilots.page.plannedEndDate')}><span safe>{formatDate(pilot.plannedEndDate, locale)}</span></Fact> : ''}
        {pilot.publishedAt ? <Fact term={t('pilots.page.dates')}><span safe>{t('pilots.page.publishedOn', { date: formatDate(pilot.publishedAt, locale) })}</span></Fact> : ''}
        <Fact term={t('pilots.page.contact')}>
          <>
            <span safe>{pilot.contactName}</span>
            {ctx.user ? (
              <>
                <br />
                <a class="utrecht-link" href={`mailto:${pilot.contactEmail}`} safe>{pilot.contactEmail}</a>
              </>
            ) : (
              <>
                <br />
                <a class="utrecht-link ps-muted" href={`/sign-in?return=${encodeURIComponent(`/pilots/${pilot.id}`)}`} safe>{t('pilots.page.contactSignIn')}</a>
              </>
            )}
          </>
        </Fact>
      </dl>
      {pilot.links.length ? (
        <>
          <h3 class="utrecht-heading-3" safe>{t('pilots.page.links')}</h3>
          <ul class="utrecht-unordered-list ps-pilot-links">
            {pilot.links.map((link) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link utrecht-link--external" href={link.url} rel="noopener nofollow" safe>{link.label}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </section>
  );
}
