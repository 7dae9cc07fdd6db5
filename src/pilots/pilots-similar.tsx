// SPDX-License-Identifier: EUPL-1.2
import { renderSimilarNotice } from '../matching/views/similar-pilots-notice.js';
import type { AppContext } from '../platform/module.js';
import type { PageContext } from '../platform/views/page-context.js';

/**
 * The similar-pilots notice shown after "Check for similar pilots" (contracts.md: matching). The matching module
 * finds and renders them; the pilot being edited is left out of its own results.
 */
export function similarPreview(context: AppContext, ctx: PageContext, text: { title: string; summary: string; excludeId?: number }): Promise<JSX.Element> {
  return Promise.resolve(renderSimilarNotice(context, ctx, text));
}
