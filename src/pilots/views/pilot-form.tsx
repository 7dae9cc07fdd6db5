// SPDX-License-Identifier: EUPL-1.2
import { Html } from '@kitajs/html';
import { Button, CsrfField, ErrorSummary, type FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Phase } from '../pilots.tables.js';
import {
  AboutSection,
  ClassificationSection,
  ConditionsSection,
  ContactSection,
  DescriptionSection,
  LifecycleSection,
  OrganisationsSection,
} from './pilot-form-sections.js';

export interface PilotFormProps {
  ctx: PageContext;
  form: FormState;
  /** 'new' posts to /pilots; otherwise the pilot being edited. */
  pilot: { id: number; state: 'draft' | 'published'; phase: Phase } | 'new';
  initiatorName: string;
  /** The similar-pilots notice after "Check for similar pilots"; empty otherwise. */
  similar?: JSX.Element;
}

/** The registration and edit form. Works without script; similar-preview.js (matching) enhances the preview. */
export function PilotFormPage({ ctx, form, pilot, initiatorName, similar = '' }: PilotFormProps): JSX.Element {
  const { t } = ctx;
  const isNew = pilot === 'new';
  const title = isNew ? t('pilots.form.newTitle') : t('pilots.form.editTitle');
  const published = !isNew && pilot.state === 'published';
  return (
    <Layout ctx={ctx} title={title} scripts={['/assets/similar-preview.js']}>
      <>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph" safe>{t('pilots.form.intro')}</p>
        <ErrorSummary form={form} t={t} />
        <form method="post" action={isNew ? '/pilots' : `/pilots/${pilot.id}`} class="ps-form ps-pilot-form" data-similar-preview="">
          <CsrfField token={ctx.csrfToken} />
          <AboutSection form={form} t={t} />
          <DescriptionSection form={form} t={t} />
          <OrganisationsSection form={form} t={t} initiatorName={initiatorName} />
          <LifecycleSection form={form} t={t} lockedPhase={published ? { pilotId: pilot.id, phase: pilot.phase } : undefined} />
          <ContactSection form={form} t={t} />
          <ClassificationSection form={form} t={t} />
          <ConditionsSection form={form} t={t} />
          <section aria-labelledby="section-similar" class="ps-similar">
            <h2 class="utrecht-heading-2" id="section-similar" safe>{t('pilots.form.actions.preview')}</h2>
            <p class="utrecht-paragraph" safe>{t('pilots.form.similarIntro')}</p>
            <div id="similar-preview" aria-live="polite">{similar}</div>
            <Button kind="secondary" name="action" value="preview">{Html.escapeHtml(t('pilots.form.actions.preview'))}</Button>
          </section>
          <div class="ps-actions">
            {published ? (
              <Button kind="primary" name="action" value="save">{Html.escapeHtml(t('pilots.form.actions.save'))}</Button>
            ) : (
              <>
                <Button kind="primary" name="action" value="publish">{Html.escapeHtml(t('pilots.form.actions.publish'))}</Button>
                <Button kind="secondary" name="action" value="draft">{Html.escapeHtml(t('pilots.form.actions.draft'))}</Button>
              </>
            )}
            <a class="utrecht-link" href={isNew ? '/pilots' : `/pilots/${pilot.id}`} safe>{t('pilots.form.actions.cancel')}</a>
          </div>
        </form>
      </>
    </Layout>
  );
}
