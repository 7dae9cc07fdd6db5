// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../platform/i18n.js';
import type { PilotSummary } from '../pilots.types.js';

/** The address of a pilot's page. */
export const pilotHref = (pilot: Pick<PilotSummary, 'id'>): string => `/pilots/${pilot.id}`;

interface PilotCardProps {
  t: Translate;
  pilot: PilotSummary;
  /** The card's heading level follows the page's outline: h2 under the page title, h3 under a section. */
  headingLevel?: 2 | 3;
}

/** One pilot in a list: title link, summary, phase, status, themes, initiator and how many take part and follow. */
export function PilotCard({ t, pilot, headingLevel = 3 }: PilotCardProps): JSX.Element {
  const title = (
    <a class="utrecht-link" href={pilotHref(pilot)} safe>
      {pilot.title}
    </a>
  );
  return (
    <li class="ps-card ps-pilot-card">
      {headingLevel === 2 ? <h2 class="utrecht-heading-3">{title}</h2> : <h3 class="utrecht-heading-3">{title}</h3>}
      <p class="utrecht-paragraph ps-pilot-card__summary" safe>{pilot.summary}</p>
      <dl class="ps-pilot-card__facts">
        <div>
          <dt safe>{t('finding.card.phase')}</dt>
          <dd safe>{t(`pilots.phase.${pilot.phase}`)}</dd>
        </div>
        <div>
          <dt safe>{t('finding.card.status')}</dt>
          <dd safe>{t(`pilots.status.${pilot.status}`)}</dd>
        </div>
        {pilot.themes.length > 0 ? (
          <div>
            <dt safe>{t('finding.card.themes')}</dt>
            <dd safe>{pilot.themes.map((theme) => t(`pilots.theme.${theme}`)).join(', ')}</dd>
          </div>
        ) : (
          ''
        )}
        <div>
          <dt safe>{t('finding.card.initiator')}</dt>
          <dd>
            <a class="utrecht-link" href={`/organisations/${encodeURIComponent(pilot.initiator.slug)}`} safe>
              {pilot.initiator.name}
            </a>
          </dd>
        </div>
      </dl>
      <p class="utrecht-paragraph ps-pilot-card__counts" safe>
        {`${t('finding.card.municipalities', { count: pilot.municipalityCount })} · ${t('finding.card.followers', { count: pilot.followerCount })}`}
      </p>
    </li>
  );
}

/** A list of pilot cards. */
export function PilotCards({ t, pilots, headingLevel = 3 }: { t: Translate; pilots: readonly PilotSummary[]; headingLevel?: 2 | 3 }): JSX.Element {
  return (
    <ul class="ps-cards ps-pilot-cards">
      {pilots.map((pilot) => (
        <PilotCard t={t} pilot={pilot} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}
