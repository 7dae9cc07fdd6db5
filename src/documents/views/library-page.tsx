// SPDX-License-Identifier: EUPL-1.2
import { themes } from '../../pilots/pilots.tables.js';
import { SelectField, type FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { DocumentItem } from '../documents.service.js';
import { documentKinds } from '../documents.tables.js';
import { DocumentList } from './document-list.js';
import { Pagination } from './pagination.js';
import { UploadForm } from './upload-form.js';

interface LibraryPageProps {
  ctx: PageContext;
  filters: FormState;
  /** The pilot the list is narrowed to, if any. */
  pilotFilter: { id: number } | undefined;
  result: { items: readonly DocumentItem[]; total: number; page: number; pageSize: number };
  pilotTitles: ReadonlyMap<number, string>;
  removable: ReadonlySet<number>;
  /** The upload form for members who may add to the library; otherwise why they cannot. */
  upload: { form: FormState } | 'sign_in' | 'verify_email';
}

/** GET /knowledge/documents: the document library, filtered with a GET form, and the upload form for members. */
export function LibraryPage({ ctx, filters, pilotFilter, result, pilotTitles, removable, upload }: LibraryPageProps): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('documents.library.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('documents.library.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('documents.library.intro')}</p>
        <div class="ps-columns">
          <section aria-labelledby="documents-results">
            <h2 class="utrecht-heading-2" id="documents-results" safe>{t('documents.library.results', { count: result.total })}</h2>
            {pilotFilter ? (
              <p class="utrecht-paragraph">
                <span safe>{t('documents.library.pilotFilter')}</span>{' '}
                <a class="utrecht-link" href="/knowledge/documents" safe>{t('documents.library.clearPilot')}</a>
              </p>
            ) : (
              ''
            )}
            {result.items.length === 0 ? (
              <p class="utrecht-paragraph" safe>{t('documents.library.none')}</p>
            ) : (
              <DocumentList ctx={ctx} items={result.items} headingLevel={2} removable={removable} returnTo={ctx.url} pilotTitles={pilotTitles} />
            )}
            <Pagination ctx={ctx} page={result.page} pages={Math.max(1, Math.ceil(result.total / result.pageSize))} />
          </section>
          <aside aria-labelledby="documents-filter">
            <h2 class="utrecht-heading-2" id="documents-filter" safe>{t('documents.library.filter')}</h2>
            <form method="get" action="/knowledge/documents" class="ps-form ps-filters" role="search" aria-labelledby="documents-filter">
              {pilotFilter ? <input type="hidden" name="pilot" value={String(pilotFilter.id)} /> : ''}
              <SelectField form={filters} name="theme" label={t('documents.fields.theme')} t={t} placeholder={t('documents.library.anyTheme')} options={themes.map((theme) => ({ value: theme, label: t(`pilots.theme.${theme}`) }))} />
              <SelectField form={filters} name="kind" label={t('documents.fields.kind')} t={t} placeholder={t('documents.library.anyKind')} options={documentKinds.map((kind) => ({ value: kind, label: t(`documents.kind.${kind}`) }))} />
              <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('documents.library.apply')}</button>
            </form>
          </aside>
        </div>
        <section aria-labelledby="documents-upload" class="ps-documents-upload">
          <h2 class="utrecht-heading-2" id="documents-upload" safe>{t('documents.library.uploadHeading')}</h2>
          {upload === 'sign_in' ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`/sign-in?return=${encodeURIComponent(ctx.url)}`} safe>{t('documents.library.signInToUpload')}</a>
            </p>
          ) : upload === 'verify_email' ? (
            <p class="utrecht-paragraph" safe>{t('documents.library.verifyToUpload')}</p>
          ) : (
            <UploadForm ctx={ctx} action="/knowledge/documents" form={upload.form} headingId="documents-upload" />
          )}
        </section>
      </>
    </Layout>
  );
}
