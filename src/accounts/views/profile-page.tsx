// SPDX-License-Identifier: EUPL-1.2
import { Html } from '@kitajs/html';
import { locales } from '../../platform/i18n.js';
import { Button, CsrfField, ErrorSummary, SelectField, TextField, type FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { AccountUser, ApiTokenRow } from '../accounts.service.js';
import { ApiTokensSection } from './api-tokens-section.js';
import { EmailVerificationBanner } from './email-verification-banner.js';
import { OrganisationFields, organisationPickerScript } from './organisation-fields.js';

export interface ProfileForms {
  details: FormState;
  password: FormState;
  token: FormState;
  /** Ask what kind of organisation to add (the employer typed matched nothing). */
  askType: boolean;
  newToken?: string;
}

/** The values the details form starts with: what is stored now. */
export function detailsFormOf(user: AccountUser): FormState {
  return {
    values: { name: user.name, jobTitle: user.jobTitle ?? '', organisation: user.organisation?.name ?? '', locale: user.locale ?? 'nl' },
    errors: {},
  };
}

/** The member's own page: details, password and API tokens, each its own form. */
export function ProfilePage({ ctx, user, tokens, forms, isCoach = false }: { ctx: PageContext; user: AccountUser; tokens: readonly ApiTokenRow[]; forms: ProfileForms; isCoach?: boolean }): JSX.Element {
  const { t } = ctx;
  const allErrors: FormState = { values: {}, errors: { ...forms.details.errors, ...forms.password.errors, ...forms.token.errors } };
  return (
    <Layout ctx={ctx} title={t('accounts.profile.title')} scripts={[organisationPickerScript]}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('accounts.profile.title')}</h1>
        <EmailVerificationBanner ctx={ctx} />
        <ErrorSummary form={allErrors} t={t} />
        <section aria-labelledby="details-heading" class="ps-accounts-section">
          <h2 class="utrecht-heading-2" id="details-heading" safe>{t('accounts.profile.detailsHeading')}</h2>
          <dl class="ps-dl">
            <dt safe>{t('accounts.profile.emailLabel')}</dt>
            <dd safe>{user.email}</dd>
            <dt safe>{t('accounts.profile.roleLabel')}</dt>
            <dd safe>{t(`accounts.roles.${user.role}`)}</dd>
          </dl>
          {user.role === 'admin' ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href="/admin/users" safe>{t('accounts.profile.manageUsers')}</a>
            </p>
          ) : (
            ''
          )}
          {isCoach ? (
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href="/coach" safe>{t('teams.coach.profileLink')}</a>
            </p>
          ) : (
            ''
          )}
          <form method="post" action="/profile" class="ps-form" novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextField form={forms.details} name="name" label={t('accounts.fields.name')} t={t} required autocomplete="name" maxlength={100} />
            <TextField form={forms.details} name="jobTitle" label={t('accounts.fields.jobTitle')} description={t('accounts.help.jobTitle')} t={t} autocomplete="organization-title" maxlength={120} />
            <OrganisationFields form={forms.details} t={t} askType={forms.askType} />
            <SelectField
              form={forms.details}
              name="locale"
              label={t('accounts.fields.locale')}
              t={t}
              required
              options={locales.map((locale) => ({ value: locale, label: t(`accounts.languages.${locale}`) }))}
            />
            <div class="ps-actions">
              <Button>{Html.escapeHtml(t('form.save'))}</Button>
            </div>
          </form>
        </section>
        <section aria-labelledby="password-heading" class="ps-accounts-section">
          <h2 class="utrecht-heading-2" id="password-heading" safe>{t('accounts.profile.passwordHeading')}</h2>
          <form method="post" action="/profile/password" class="ps-form" novalidate>
            <CsrfField token={ctx.csrfToken} />
            <input type="text" name="username" value={user.email} autocomplete="username" hidden />
            <TextField form={forms.password} name="passwordCurrent" type="password" label={t('accounts.fields.passwordCurrent')} t={t} required autocomplete="current-password" />
            <TextField form={forms.password} name="password" type="password" label={t('accounts.fields.password')} description={t('accounts.help.newPassword')} t={t} required autocomplete="new-password" />
            <TextField form={forms.password} name="passwordConfirm" type="password" label={t('accounts.fields.passwordConfirm')} t={t} required autocomplete="new-password" />
            <div class="ps-actions">
              <Button kind="secondary">{Html.escapeHtml(t('accounts.profile.passwordSubmit'))}</Button>
            </div>
          </form>
        </section>
        <ApiTokensSection ctx={ctx} tokens={tokens} form={forms.token} newToken={forms.newToken} />
      </>
    </Layout>
  );
}
