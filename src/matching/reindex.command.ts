// SPDX-License-Identifier: EUPL-1.2
import { pilotSearchTerms } from '../pilots/pilots-search-terms.js';
import type { CliCommand } from '../platform/module.js';
import { reindexRepository, type PilotTexts } from './reindex.repository.js';

const batchSize = 500;

/**
 * A section if it adds text of its own, else ''. Imported pilots keep the whole description in "what" and copy
 * some of its sentences into the other sections (src/imports/description-sections.ts), or the summary into the
 * goal; analysing those again would count them twice, so they are left out, as the import itself does.
 */
function ownText(section: string, pilot: PilotTexts): string {
  if (section.trim() === '' || section === pilot.summary) return '';
  const sentences = section.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== '');
  return sentences.every((sentence) => pilot.what.includes(sentence.trim())) ? '' : section;
}

/** The search terms a pilot should have with the current text analysis. */
export function currentSearchTerms(pilot: PilotTexts): string {
  return pilotSearchTerms({
    title: pilot.title,
    summary: pilot.summary,
    what: pilot.what,
    goal: ownText(pilot.goal, pilot),
    deliverables: ownText(pilot.deliverables, pilot),
    approach: ownText(pilot.approach, pilot),
    milestones: ownText(pilot.milestones, pilot),
    tags: pilot.tags,
  });
}

/**
 * `reindex [--recount]`: recomputes pilots.search_terms with the current text analysis (stems, compound lexicon,
 * thesaurus) in batches of 500, writing only pilots whose terms changed; the term_stats triggers follow. With
 * --recount, term_stats is then rebuilt from scratch as well. Run after upgrading src/search/text.
 */
export const reindexCommand: CliCommand = {
  summary: 'Recompute search terms and term statistics after a text-analysis change: npm run cli -- reindex [--recount]',
  async run(context, args, output) {
    const repository = reindexRepository(context.db, context.dbKind);
    const started = performance.now();
    let seen = 0;
    let changed = 0;
    for (let afterId = 0; ; ) {
      const batch = await repository.batchAfter(afterId, batchSize);
      if (batch.length === 0) break;
      const changes = batch.flatMap((pilot) => {
        const searchTerms = currentSearchTerms(pilot);
        return searchTerms === pilot.searchTerms ? [] : [{ id: pilot.id, searchTerms }];
      });
      await repository.updateSearchTerms(changes);
      seen += batch.length;
      changed += changes.length;
      afterId = batch[batch.length - 1]!.id;
      if (seen % 10_000 < batchSize) output.log(`  ${seen} pilots read, ${changed} updated`);
    }
    if (args.includes('--recount')) await repository.recountTermStats(5_000);
    output.log(`Reindexed: ${changed} of ${seen} pilots updated${args.includes('--recount') ? ', term statistics rebuilt' : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  },
};
