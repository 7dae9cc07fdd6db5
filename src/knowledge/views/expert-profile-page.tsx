// SPDX-License-Identifier: EUPL-1.2
import { themes } from '../../pilots/pilots.tables.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { ChoiceGroup, CsrfField, ErrorSummary, TextAreaField, TextField, type FormState } from '../../platform/views/form-components.js';

/** GET /knowledge/experts/me: the member's own expert profile, and a way out of the pool. */
export function ExpertProfilePage({ ctx, form, exists }: { ctx: PageContext; form: FormState; exists: boolean }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('knowledge.me.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('knowledge.me.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('knowledge.me.intro')}</p>
        <ErrorSummary form={form} t={t} />
        <form method="post" action="/knowledge/experts/me" class="ps-form" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextAreaField form={form} name="bio" label={t('knowledge.fields.bio')} description={t('knowledge.me.bioHint')} t={t} required rows={5} />
          <TextField form={form} name="tags" label={t('knowledge.fields.tags')} description={t('knowledge.me.tagsHint')} t={t} />
          <ChoiceGroup form={form} name="themes" legend={t('knowledge.fields.themes')} t={t} type="checkbox" options={themes.map((theme) => ({ value: theme, label: t(`pilots.theme.${theme}`) }))} />
          <ChoiceGroup form={form} name="offers" legend={t('knowledge.me.offers')} t={t} type="checkbox" options={[{ value: 'coaching', label: t('knowledge.me.offersCoaching') }, { value: 'support', label: t('knowledge.me.offersSupport') }]} />
          <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('knowledge.me.save')}</button>
        </form>
        {exists ? (
          <form method="post" action="/knowledge/experts/me/remove" class="ps-form">
            <CsrfField token={ctx.csrfToken} />
            <p class="utrecht-paragraph" safe>{t('knowledge.me.removeHint')}</p>
            <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('knowledge.me.remove')}</button>
          </form>
        ) : (
          ''
        )}
      </>
    </Layout>
  );
}
