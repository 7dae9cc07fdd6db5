// SPDX-License-Identifier: EUPL-1.2
import { Html } from '@kitajs/html';
import { Button, CsrfField, ErrorSummary, TextField, type FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

/** Asks for the e-mail address to send a reset link to. */
export function ForgotPasswordPage({ ctx, form }: { ctx: PageContext; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.forgot.title')}>
      <div class="ps-form ps-accounts-narrow">
        <h1 class="utrecht-heading-1" safe>{t('accounts.forgot.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('accounts.forgot.intro')}</p>
        <ErrorSummary form={form} t={t} />
        <form method="post" action="/forgot-password" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField form={form} name="email" type="email" label={t('accounts.fields.email')} t={t} required autocomplete="email" />
          <div class="ps-actions">
            <Button>{Html.escapeHtml(t('accounts.forgot.submit'))}</Button>
          </div>
        </form>
      </div>
    </Layout>
  );
}

/** The same answer whether or not an account exists, so the form cannot be used to find out who has one. */
export function ResetLinkSentPage({ ctx }: { ctx: PageContext }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.forgot.sentTitle')}>
      <div class="ps-accounts-narrow">
        <h1 class="utrecht-heading-1" safe>{t('accounts.forgot.sentTitle')}</h1>
        <p class="utrecht-paragraph" safe>{t('accounts.forgot.sentText')}</p>
      </div>
    </Layout>
  );
}

/** Choosing a new password with the token from the e-mail. */
export function ResetPasswordPage({ ctx, form, token }: { ctx: PageContext; form: FormState; token: string }): JSX.Element {
  const { t } = ctx;
  const linkFailed = Boolean(form.errors.token);
  return (
    <Layout ctx={ctx} title={t('accounts.reset.title')}>
      <div class="ps-form ps-accounts-narrow">
        <h1 class="utrecht-heading-1" safe>{t('accounts.reset.title')}</h1>
        <ErrorSummary form={form} t={t} />
        {linkFailed ? (
          <p class="utrecht-paragraph" id="field-token">
            <a class="utrecht-link" href="/forgot-password" safe>{t('accounts.reset.requestNew')}</a>
          </p>
        ) : (
          <form method="post" action="/reset-password" novalidate>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="token" value={token} />
            <TextField
              form={form}
              name="password"
              type="password"
              label={t('accounts.fields.password')}
              description={t('accounts.help.newPassword')}
              t={t}
              required
              autocomplete="new-password"
            />
            <TextField form={form} name="passwordConfirm" type="password" label={t('accounts.fields.passwordConfirm')} t={t} required autocomplete="new-password" />
            <div class="ps-actions">
              <Button>{Html.escapeHtml(t('accounts.reset.submit'))}</Button>
            </div>
          </form>
        )}
      </div>
    </Layout>
  );
}
