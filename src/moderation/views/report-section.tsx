// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../../platform/module.js';
import { moderationPolicy } from '../moderation.policy.js';

/**
 * The side-column block on a published pilot page: a link to report it, and for moderators a link to review it.
 * Anonymous visitors see the link too; following it asks them to sign in first.
 */
export const reportSection: PilotPageSection = {
  id: 'report',
  placement: 'aside',
  order: 90,
  async render(_context, pilot, page) {
    if (pilot.state !== 'published') return null;
    const { t } = page;
    const showReport = !pilot.viewerIsTeam;
    const showModerate = moderationPolicy.canModerate(page.user);
    if (!showReport && !showModerate) return null;
    return (
      <section class="ps-report-section" aria-labelledby="report-section-heading">
        <h2 class="utrecht-heading-3" id="report-section-heading" safe>{t('moderation.section.heading')}</h2>
        <ul class="ps-report-section__links">
          {showReport ? (
            <li><a class="utrecht-link" href={`/pilots/${pilot.id}/report`} safe>{t('moderation.section.report')}</a></li>
          ) : ''}
          {showModerate ? (
            <li><a class="utrecht-link" href={`/moderation/pilots/${pilot.id}`} safe>{t('moderation.section.moderate')}</a></li>
          ) : ''}
        </ul>
      </section>
    );
  },
};
