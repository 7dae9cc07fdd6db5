// SPDX-License-Identifier: EUPL-1.2
import { emptyForm } from '../../platform/views/form-components.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { DocumentItem } from '../documents.service.js';
import { DocumentList } from './document-list.js';
import { UploadForm } from './upload-form.js';

/** How many documents the pilot page shows before linking to the pilot's documents page. */
export const documentsShownOnPilotPage = 5;

interface DocumentsSectionProps {
  ctx: PageContext;
  pilotId: number;
  items: readonly DocumentItem[];
  total: number;
  removable: ReadonlySet<number>;
  canUpload: boolean;
}

/** Pilot page block: the newest documents and, for the team, the upload form. */
export function DocumentsSection({ ctx, pilotId, items, total, removable, canUpload }: DocumentsSectionProps): JSX.Element {
  const { t } = ctx;
  return (
    <section aria-labelledby="documents-heading" class="ps-documents-section">
      <h2 class="utrecht-heading-2" id="documents-heading" safe>{t('documents.pilot.sectionHeading')}</h2>
      {items.length ? (
        <DocumentList ctx={ctx} items={items} headingLevel={3} removable={removable} returnTo={`/pilots/${pilotId}`} />
      ) : (
        <p class="utrecht-paragraph ps-muted" safe>{t('documents.pilot.none')}</p>
      )}
      {total > items.length ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilotId}/documents`} safe>{t('documents.pilot.showAll', { count: total })}</a>
        </p>
      ) : (
        ''
      )}
      {canUpload ? (
        <>
          <h3 class="utrecht-heading-3" id="documents-upload-heading" safe>{t('documents.pilot.uploadHeading')}</h3>
          <UploadForm ctx={ctx} action={`/pilots/${pilotId}/documents`} form={emptyForm} headingId="documents-upload-heading" />
        </>
      ) : (
        ''
      )}
    </section>
  );
}
