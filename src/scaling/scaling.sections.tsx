// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../platform/module.js';
import { scalingPolicy } from './scaling.policy.js';
import { scalingService } from './scaling.service.js';
import { formatDate, ImpactAnalysisDetails } from './views/impact-analysis.js';

/**
 * Main-column block: the pilot's candidacy and its recorded impact analysis, for everyone who may see the pilot.
 * Moderators also see the block on pilots that are not candidates, with the way to manage it.
 */
export const scalingPageSection: PilotPageSection = {
  id: 'scaling',
  placement: 'main',
  order: 60,
  async render(context, subject, page) {
    const candidate = await scalingService(context).forPilot(subject.id);
    const canManage = scalingPolicy.manage(page.user);
    if (!candidate && !canManage) return null;
    const { t, locale } = page;
    return (
      <section aria-labelledby="scaling-heading" class="ps-scaling">
        <h2 class="utrecht-heading-2" id="scaling-heading" safe>{t('scaling.section.heading')}</h2>
        {candidate ? <p class="utrecht-paragraph" safe>{t('scaling.section.candidate')}</p> : ''}
        {candidate?.analysis ? (
          <>
            <p class="utrecht-paragraph ps-muted" safe>{t('scaling.section.recordedOn', { date: formatDate(candidate.analysis.recordedAt, locale), version: candidate.analysis.version })}</p>
            <ImpactAnalysisDetails ctx={page} analysis={candidate.analysis} />
          </>
        ) : candidate ? (
          <p class="utrecht-paragraph" safe>{t('scaling.section.pending')}</p>
        ) : (
          ''
        )}
        {canManage ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/pilots/${subject.id}/scaling`} safe>{t('scaling.section.manage')}</a>
          </p>
        ) : (
          ''
        )}
      </section>
    );
  },
};
