// SPDX-License-Identifier: EUPL-1.2
import { Html } from '@kitajs/html';
import { Button, CsrfField, ErrorSummary, TextField, type FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { OrganisationFields, organisationPickerScript } from './organisation-fields.js';

/** The sign-up form: name, e-mail, employer and a password typed twice. */
export function SignUpPage({ ctx, form, askType, returnTo = '' }: { ctx: PageContext; form: FormState; askType: boolean; returnTo?: string }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.signUp.title')} scripts={[organisationPickerScript]}>
      <div class="ps-form">
        <h1 class="utrecht-heading-1" safe>{t('accounts.signUp.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('accounts.signUp.intro')}</p>
        <ErrorSummary form={form} t={t} />
        <form method="post" action="/sign-up" novalidate>
          <CsrfField token={ctx.csrfToken} />
          {returnTo ? <input type="hidden" name="return" value={returnTo} /> : ''}
          <TextField form={form} name="name" label={t('accounts.fields.name')} t={t} required autocomplete="name" maxlength={100} />
          <TextField form={form} name="email" type="email" label={t('accounts.fields.email')} t={t} required autocomplete="email" maxlength={254} />
          <OrganisationFields form={form} t={t} askType={askType} />
          <TextField
            form={form}
            name="password"
            type="password"
            label={t('accounts.fields.password')}
            description={t('accounts.help.password')}
            t={t}
            required
            autocomplete="new-password"
          />
          <TextField form={form} name="passwordConfirm" type="password" label={t('accounts.fields.passwordConfirm')} t={t} required autocomplete="new-password" />
          <div class="ps-actions">
            <Button>{Html.escapeHtml(t('accounts.signUp.submit'))}</Button>
          </div>
        </form>
        <p class="utrecht-paragraph">
          <span safe>{t('accounts.signUp.haveAccount')}</span>{' '}
          <a class="utrecht-link" href={returnTo ? `/sign-in?return=${encodeURIComponent(returnTo)}` : '/sign-in'} safe>{t('accounts.signUp.signInLink')}</a>
        </p>
      </div>
    </Layout>
  );
}
