// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import type { TheoryOfChange } from '../intake.service.js';
import { theoryLinks } from '../intake.schemas.js';

const assumptionOf = (theory: TheoryOfChange, link: (typeof theoryLinks)[number]): string | null =>
  link === 'impact' ? null : theory[`${link}Assumption`];

/**
 * The theory of change as an ordered list: each link with its text, and the assumption that carries it to the
 * next link in between. An ordered list reads as a chain for screen readers as well.
 */
export function TheoryChain({ ctx, theory, headingLevel = 3 }: { ctx: PageContext; theory: TheoryOfChange; headingLevel?: 3 | 4 }): JSX.Element {
  const { t } = ctx;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ol class="ps-theory-chain">
      {theoryLinks.map((link) => {
        const assumption = assumptionOf(theory, link);
        return (
          <li class="ps-theory-chain__link">
            <Heading class={`utrecht-heading-${headingLevel}`} safe>{t(`intake.theory.links.${link}`)}</Heading>
            <p class="utrecht-paragraph ps-pre-line" safe>{theory[link]}</p>
            {assumption ? (
              <p class="utrecht-paragraph ps-theory-chain__assumption">
                <strong safe>{t('intake.theory.assumption')}:</strong> <span safe>{assumption}</span>
              </p>
            ) : (
              ''
            )}
          </li>
        );
      })}
    </ol>
  );
}
