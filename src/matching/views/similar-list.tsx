// SPDX-License-Identifier: EUPL-1.2
import type { PilotSummary } from '../../pilots/pilots.service.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { matchStrength } from '../matching.scoring.js';
import type { SimilarityReason, SimilarPilot } from '../matching.types.js';

/** A translated label for a code another module owns (theme, purpose), or the code itself if it has none. */
function label(ctx: PageContext, key: string, fallback: string): string {
  const text = ctx.t(key);
  return text === key ? fallback : text;
}

/** "a, b en c" in the reader's language. */
function joinWords(ctx: PageContext, words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${ctx.t('matching.reason.and')} ${words.at(-1)}`;
}

/** One reason as a short phrase: "beide over laadpaal en elektrische auto". */
export function reasonText(ctx: PageContext, reason: SimilarityReason): string {
  const values =
    reason.type === 'same_theme'
      ? reason.values.map((theme) => label(ctx, `pilots.theme.${theme}`, theme))
      : reason.type === 'same_purpose'
        ? reason.values.map((purpose) => label(ctx, `pilots.purpose.${purpose}`, purpose).toLowerCase())
        : reason.values;
  return ctx.t(`matching.reason.${reason.type}`, { values: joinWords(ctx, values), count: values.length });
}

interface SimilarListProps {
  ctx: PageContext;
  results: readonly SimilarPilot[];
  /** Summaries of the results (for the initiator), by id. */
  summaries: ReadonlyMap<number, PilotSummary>;
  /** Heading level of each result's title, so it fits the surrounding outline. */
  headingLevel: 3 | 4;
  /** Open links in a new tab (on the registration form, so typed input is not lost). */
  newTab?: boolean;
}

/** The similar pilots as a list: title link, initiator, how strong the match is in words, and why. */
export function SimilarList({ ctx, results, summaries, headingLevel, newTab = false }: SimilarListProps): JSX.Element {
  const { t } = ctx;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul class="ps-similar-list">
      {results.map((result) => {
        const summary = summaries.get(result.id);
        const strength = matchStrength(result.score);
        return (
          <li class="ps-similar-item">
            <Heading class={`utrecht-heading-${headingLevel} ps-similar-item__title`}>
              {newTab ? (
                <a class="utrecht-link" href={`/pilots/${result.id}`} target="_blank" rel="noopener">
                  <span safe>{result.title}</span> <span class="ps-visually-hidden" safe>{t('matching.notice.opensInNewTab')}</span>
                </a>
              ) : (
                <a class="utrecht-link" href={`/pilots/${result.id}`} safe>{result.title}</a>
              )}
            </Heading>
            <p class="utrecht-paragraph ps-similar-item__meta">
              <span class={`ps-similar-strength ps-similar-strength--${strength}`} safe>
                {t('matching.result.match', { strength: t(`matching.strength.${strength}`), percent: Math.round(result.score * 100) })}
              </span>
              {summary ? <span class="ps-muted" safe>{` · ${t('matching.result.by', { organisation: summary.initiator.name })}`}</span> : ''}
            </p>
            {result.reasons.length > 0 ? (
              <p class="utrecht-paragraph ps-similar-item__why" safe>
                {t('matching.result.why', { reasons: result.reasons.map((reason) => reasonText(ctx, reason)).join('; ') })}
              </p>
            ) : ''}
          </li>
        );
      })}
    </ul>
  );
}
