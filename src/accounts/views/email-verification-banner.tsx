// SPDX-License-Identifier: EUPL-1.2
import { CsrfField } from '../../platform/views/form-components.js';
import type { PageContext } from '../../platform/views/page-context.js';

/**
 * A notice for members who have not confirmed their e-mail address yet, with a button that sends the link
 * again. Renders nothing for everyone else, so other modules (the pilot registration form) can always include it.
 */
export function EmailVerificationBanner({ ctx }: { ctx: PageContext }): JSX.Element {
  const { t, user } = ctx;
  if (!user || user.emailVerified) return '';
  return (
    <section class="utrecht-alert utrecht-alert--warning ps-accounts-banner" aria-labelledby="verify-email-banner-heading">
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2 utrecht-alert__heading" id="verify-email-banner-heading" safe>{t('accounts.verify.bannerTitle')}</h2>
        <p class="utrecht-paragraph" safe>{t('accounts.verify.bannerText', { email: user.email })}</p>
        <form method="post" action="/verify-email/resend" class="ps-inline-form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="return" value={ctx.url} />
          <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('accounts.verify.resend')}</button>
        </form>
      </div>
    </section>
  );
}
