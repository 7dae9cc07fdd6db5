// SPDX-License-Identifier: EUPL-1.2
import type { PilotSummary } from '../../pilots/pilots.service.js';
import { pilotsService } from '../../pilots/pilots.service.js';
import type { AppContext } from '../../platform/module.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { matchingService } from '../matching.service.js';
import type { SimilarPilot } from '../matching.types.js';
import { SimilarList } from './similar-list.js';

interface SimilarPilotsNoticeProps {
  ctx: PageContext;
  results: readonly SimilarPilot[];
  /** Summaries of the results, to name each initiator; without them the initiator is left out. */
  summaries?: readonly PilotSummary[];
}

/**
 * "There are already similar pilots": shown on the registration form after "Check for similar pilots" and inside
 * its live region (`#similar-preview`), which similar-preview.js refreshes while the member types. Links open in
 * a new tab so the half-filled form is not lost.
 */
export function SimilarPilotsNotice({ ctx, results, summaries = [] }: SimilarPilotsNoticeProps): JSX.Element {
  const { t } = ctx;
  if (results.length === 0) {
    return <p class="utrecht-paragraph ps-similar-notice ps-similar-notice--none" safe>{t('matching.notice.none')}</p>;
  }
  return (
    <div class="utrecht-alert utrecht-alert--info ps-similar-notice">
      <div class="utrecht-alert__content">
        <h3 class="utrecht-heading-3 utrecht-alert__heading" safe>{t('matching.notice.heading')}</h3>
        <p class="utrecht-paragraph" safe>{t('matching.notice.intro')}</p>
        <SimilarList ctx={ctx} results={results} summaries={new Map(summaries.map((summary) => [summary.id, summary]))} headingLevel={4} newTab />
      </div>
    </div>
  );
}

/** The text is long enough to compare: at least three words in the title and summary together. */
export function enoughTextToCompare(text: { title: string; summary: string }): boolean {
  return `${text.title} ${text.summary}`.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]{2,}/u.test(word)).length >= 3;
}

/**
 * Everything the registration form needs in one call: similar pilots for the typed title and summary, their
 * initiators, and the notice; a hint when there is too little text yet. For PILOTS' preview step.
 */
export async function renderSimilarNotice(context: AppContext, ctx: PageContext, text: { title: string; summary: string; excludeId?: number }): Promise<JSX.Element> {
  if (!enoughTextToCompare(text)) return <p class="utrecht-paragraph ps-muted" safe>{ctx.t('matching.notice.tooShort')}</p>;
  const results = await matchingService(context).similarToText(text, 5, { excludeId: text.excludeId });
  const summaries = await pilotsService(context).summaries(results.map((result) => result.id));
  return <SimilarPilotsNotice ctx={ctx} results={results} summaries={summaries} />;
}
