// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import type { Composition } from '../teams.composition.js';

/** The warnings about missing key roles (text, never colour alone). */
export function CompositionWarnings({ ctx, composition }: { ctx: PageContext; composition: Composition }): JSX.Element {
  const { t } = ctx;
  if (!composition.noDecisionMaker && !composition.noLineManager) return '';
  return (
    <div class="utrecht-alert utrecht-alert--warning ps-team-warnings" role="status">
      <ul class="utrecht-unordered-list">
        {composition.noDecisionMaker ? <li safe>{t('teams.page.noDecisionMaker')}</li> : ''}
        {composition.noLineManager ? <li safe>{t('teams.page.noLineManager')}</li> : ''}
      </ul>
    </div>
  );
}

/** Which composition tags the team covers and which it lacks. */
export function CompositionBlock({ ctx, composition }: { ctx: PageContext; composition: Composition }): JSX.Element {
  const { t } = ctx;
  return (
    <section aria-labelledby="team-composition">
      <h2 class="utrecht-heading-2" id="team-composition" safe>{t('teams.page.compositionHeading')}</h2>
      <p class="utrecht-paragraph" safe>{t('teams.page.compositionIntro')}</p>
      <CompositionWarnings ctx={ctx} composition={composition} />
      <ul class="utrecht-unordered-list ps-team-coverage">
        {composition.coverage.map((entry) => (
          <li class={entry.count > 0 ? 'ps-team-covered' : 'ps-team-missing'}>
            <strong safe>{t(`teams.tag.${entry.tag}`)}</strong>
            {': '}
            <span safe>{entry.count > 0 ? t('teams.page.covered', { count: entry.count }) : t('teams.page.missing')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
