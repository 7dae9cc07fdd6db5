// SPDX-License-Identifier: EUPL-1.2
import { CsrfField } from '../../platform/views/form-components.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { DocumentItem } from '../documents.service.js';
import { formatDate, formatSize } from './format.js';

interface DocumentListProps {
  ctx: PageContext;
  items: readonly DocumentItem[];
  headingLevel: 2 | 3;
  /** Ids of documents this viewer may remove (a remove button is shown for those). */
  removable: ReadonlySet<number>;
  /** Where to go after a removal. */
  returnTo: string;
  /** Titles of the pilots the documents belong to, for the library (omit on a pilot's own pages). */
  pilotTitles?: ReadonlyMap<number, string>;
}

/** Documents as cards: the title is the download link; type, size, who added it and when. */
export function DocumentList({ ctx, items, headingLevel, removable, returnTo, pilotTitles }: DocumentListProps): JSX.Element {
  const { t, locale } = ctx;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="ps-cards ps-documents">
      {items.map((item) => {
        const pilotTitle = item.pilotId !== null ? pilotTitles?.get(item.pilotId) : undefined;
        return (
          <li class="ps-card">
            <Heading class={`utrecht-heading-${headingLevel}`}>
              <a class="utrecht-link" href={`/documents/${item.id}/download`} download="" aria-label={t('documents.item.download', { title: item.title })} safe>
                {item.title}
              </a>
            </Heading>
            <p class="utrecht-paragraph" safe>{item.description}</p>
            <ul class="ps-meta">
              <li class="ps-badge" safe>{t('documents.item.meta', { kind: t(`documents.kind.${item.kind}`), size: formatSize(item.sizeBytes, t, locale) })}</li>
              <li safe>
                {item.uploaderName
                  ? t('documents.item.uploaded', { name: item.uploaderName, date: formatDate(item.createdAt, locale) })
                  : t('documents.item.uploadedAnonymous', { date: formatDate(item.createdAt, locale) })}
              </li>
              {item.theme ? <li class="ps-badge" safe>{t(`pilots.theme.${item.theme}`)}</li> : ''}
              {pilotTitles ? (
                <li>
                  {pilotTitle !== undefined && item.pilotId !== null ? (
                    <a class="utrecht-link" href={`/pilots/${item.pilotId}`} safe>{t('documents.item.ofPilot', { title: pilotTitle })}</a>
                  ) : (
                    <span safe>{t('documents.item.library')}</span>
                  )}
                </li>
              ) : (
                ''
              )}
            </ul>
            {removable.has(item.id) ? (
              <form method="post" action={`/documents/${item.id}/delete`} class="ps-inline-form">
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="return" value={returnTo} />
                <button class="utrecht-button utrecht-button--secondary-action" type="submit">
                  <span safe>{t('documents.item.remove')}</span>
                  <span class="ps-visually-hidden" safe>{` ${item.title}`}</span>
                </button>
              </form>
            ) : (
              ''
            )}
          </li>
        );
      })}
    </ul>
  );
}
