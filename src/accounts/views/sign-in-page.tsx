// SPDX-License-Identifier: EUPL-1.2
import { Html } from '@kitajs/html';
import { Button, CsrfField, ErrorSummary, TextField, type FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

/** The sign-in form; `returnTo` is where the member goes afterwards. */
export function SignInPage({ ctx, form, returnTo }: { ctx: PageContext; form: FormState; returnTo: string }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.signIn.title')}>
      <div class="ps-form ps-accounts-narrow">
        <h1 class="utrecht-heading-1" safe>{t('accounts.signIn.title')}</h1>
        <ErrorSummary form={form} t={t} />
        <form method="post" action="/sign-in" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="return" value={returnTo} />
          <TextField form={form} name="email" type="email" label={t('accounts.fields.email')} t={t} required autocomplete="username" />
          <TextField form={form} name="password" type="password" label={t('accounts.fields.password')} t={t} required autocomplete="current-password" />
          <div class="ps-actions">
            <Button>{Html.escapeHtml(t('accounts.signIn.submit'))}</Button>
            <a class="utrecht-link" href="/forgot-password" safe>{t('accounts.signIn.forgot')}</a>
          </div>
        </form>
        <p class="utrecht-paragraph">
          <span safe>{t('accounts.signIn.noAccount')}</span>{' '}
          <a class="utrecht-link" href="/sign-up" safe>{t('accounts.signIn.signUpLink')}</a>
        </p>
      </div>
    </Layout>
  );
}
