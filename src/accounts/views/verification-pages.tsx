// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { EmailVerificationBanner } from './email-verification-banner.js';

/** After sign-up: "check your mail", with the resend button while the address is unconfirmed. */
export function CheckEmailPage({ ctx, email }: { ctx: PageContext; email: string }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.checkEmail.title')}>
      <div class="ps-accounts-narrow">
        <h1 class="utrecht-heading-1" safe>{t('accounts.checkEmail.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('accounts.checkEmail.text', { email })}</p>
        <p class="utrecht-paragraph" safe>{t('accounts.checkEmail.notReceived')}</p>
        <EmailVerificationBanner ctx={ctx} />
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/" safe>{t('accounts.checkEmail.continue')}</a>
        </p>
      </div>
    </Layout>
  );
}

/** A confirmation link that is expired, damaged or already replaced. */
export function VerificationFailedPage({ ctx }: { ctx: PageContext }): JSX.Element {
  const { t, user } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.verify.failedTitle')}>
      <div class="ps-accounts-narrow">
        <h1 class="utrecht-heading-1" safe>{t('accounts.verify.failedTitle')}</h1>
        <p class="utrecht-paragraph" safe>{t('accounts.verify.failedText')}</p>
        {user ? (
          <EmailVerificationBanner ctx={ctx} />
        ) : (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/sign-in?return=%2Fprofile" safe>{t('accounts.verify.signInToResend')}</a>
          </p>
        )}
      </div>
    </Layout>
  );
}
