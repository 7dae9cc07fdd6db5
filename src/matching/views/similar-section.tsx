// SPDX-License-Identifier: EUPL-1.2
import { pilotsService } from '../../pilots/pilots.service.js';
import type { PilotPageSection } from '../../platform/module.js';
import { matchingService } from '../matching.service.js';
import { SimilarList } from './similar-list.js';

const shown = 5;

/** "Similar pilots" in the main column of every pilot page: up to five listed pilots that look like this one. */
export const similarPilotsSection: PilotPageSection = {
  id: 'similar',
  placement: 'main',
  order: 20,
  async render(context, pilot, page) {
    const results = await matchingService(context).similarToPilot(pilot.id, shown);
    const summaries = await pilotsService(context).summaries(results.map((result) => result.id));
    const { t } = page;
    return (
      <section class="ps-similar-section" aria-labelledby="similar-pilots-heading">
        <h2 class="utrecht-heading-2" id="similar-pilots-heading" safe>{t('matching.section.heading')}</h2>
        {results.length === 0 ? (
          <p class="utrecht-paragraph ps-muted" safe>{t('matching.section.none')}</p>
        ) : (
          <>
            <p class="utrecht-paragraph" safe>{t('matching.section.intro')}</p>
            <SimilarList ctx={page} results={results} summaries={new Map(summaries.map((summary) => [summary.id, summary]))} headingLevel={3} />
          </>
        )}
      </section>
    );
  },
};
