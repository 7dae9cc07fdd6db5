// SPDX-License-Identifier: EUPL-1.2
import type { FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { DocumentItem } from '../documents.service.js';
import { DocumentList } from './document-list.js';
import { UploadForm } from './upload-form.js';

interface PilotDocumentsPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  items: readonly DocumentItem[];
  removable: ReadonlySet<number>;
  /** The upload form for the team; null for others. */
  upload: { form: FormState } | null;
}

/** GET /pilots/:id/documents: all of a pilot's documents and, for its team, the upload form (shown again after a refused upload). */
export function PilotDocumentsPage({ ctx, pilot, items, removable, upload }: PilotDocumentsPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('documents.pilot.pageTitle', { title: pilot.title });
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('documents.pilot.backToPilot')}</a>
        </p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/knowledge/documents?pilot=${pilot.id}`} safe>{t('documents.pilot.inLibrary')}</a>
        </p>
        {upload ? (
          <section aria-labelledby="documents-upload" class="ps-documents-upload">
            <h2 class="utrecht-heading-2" id="documents-upload" safe>{t('documents.pilot.uploadHeading')}</h2>
            <UploadForm ctx={ctx} action={`/pilots/${pilot.id}/documents`} form={upload.form} headingId="documents-upload" />
          </section>
        ) : (
          ''
        )}
        <section aria-labelledby="documents-list">
          <h2 class="utrecht-heading-2" id="documents-list" safe>{t('documents.pilot.sectionHeading')}</h2>
          {items.length ? (
            <DocumentList ctx={ctx} items={items} headingLevel={3} removable={removable} returnTo={`/pilots/${pilot.id}/documents`} />
          ) : (
            <p class="utrecht-paragraph ps-muted" safe>{t('documents.pilot.none')}</p>
          )}
        </section>
      </>
    </Layout>
  );
}
