// SPDX-License-Identifier: EUPL-1.2
import { themes } from '../../pilots/pilots.tables.js';
import { CsrfField, ErrorSummary, SelectField, TextAreaField, TextField, type FormState } from '../../platform/views/form-components.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { mediaTypes } from '../document-types.js';
import { documentKinds } from '../documents.tables.js';

const accept = [...documentKinds.map((kind) => `.${kind}`), ...Object.values(mediaTypes)].join(',');

/**
 * The upload form: an ordinary multipart form that works without JavaScript. The CSRF token comes first, as the
 * server reads the fields before the file to check it (see documents-upload.ts); the file comes last.
 */
export function UploadForm({ ctx, action, form, headingId }: { ctx: PageContext; action: string; form: FormState; headingId: string }): JSX.Element {
  const { t } = ctx;
  const fileError = form.errors.file;
  // After a refused upload the browser has dropped the chosen file; say so beside the field.
  const fileNote = Object.keys(form.errors).length > 0 && !fileError ? t('documents.errors.chooseAgain') : undefined;
  const describedBy = ['field-file-description', fileError ? 'field-file-error' : ''].filter(Boolean).join(' ');
  return (
    <form method="post" action={action} enctype="multipart/form-data" class="ps-form" aria-labelledby={headingId}>
      <CsrfField token={ctx.csrfToken} />
      <ErrorSummary form={form} t={t} />
      <TextField form={form} name="title" label={t('documents.fields.title')} t={t} required maxlength={200} />
      <TextAreaField form={form} name="description" label={t('documents.fields.description')} description={t('documents.fields.descriptionHelp')} t={t} required maxlength={1000} rows={3} />
      <SelectField form={form} name="theme" label={t('documents.fields.theme')} t={t} placeholder={t('documents.fields.noTheme')} options={themes.map((theme) => ({ value: theme, label: t(`pilots.theme.${theme}`) }))} />
      <div class={`utrecht-form-field utrecht-form-field--text${fileError ? ' utrecht-form-field--invalid' : ''}`}>
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="field-file" safe>{t('documents.fields.file')}</label>
        </div>
        <div class="utrecht-form-field-description" id="field-file-description" safe>{fileNote ? `${t('documents.fields.fileHelp')} ${fileNote}` : t('documents.fields.fileHelp')}</div>
        {fileError ? <div class="utrecht-form-field-error-message" id="field-file-error" safe>{fileError}</div> : ''}
        <div class="utrecht-form-field__input">
          <input class="utrecht-textbox ps-file-input" id="field-file" name="file" type="file" required accept={accept} aria-invalid={fileError ? 'true' : undefined} aria-describedby={describedBy} />
        </div>
      </div>
      <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('documents.pilot.uploadHeading')}</button>
    </form>
  );
}
