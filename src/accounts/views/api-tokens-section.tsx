// SPDX-License-Identifier: EUPL-1.2
import { Html } from '@kitajs/html';
import { Button, CsrfField, TextField, type FormState } from '../../platform/views/form-components.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { ApiTokenRow } from '../accounts.service.js';

/** A date (and time) in the reader's language. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}

interface ApiTokensSectionProps {
  ctx: PageContext;
  tokens: readonly ApiTokenRow[];
  form: FormState;
  /** A token just created: shown once, never again. */
  newToken?: string;
}

/** The member's personal API tokens: list, create (shown once) and revoke. */
export function ApiTokensSection({ ctx, tokens, form, newToken }: ApiTokensSectionProps): JSX.Element {
  const { t } = ctx;
  return (
    <section aria-labelledby="tokens-heading" class="ps-accounts-section">
      <h2 class="utrecht-heading-2" id="tokens-heading" safe>{t('accounts.tokens.heading')}</h2>
      <p class="utrecht-paragraph" safe>{t('accounts.tokens.intro')}</p>
      {newToken ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <div class="utrecht-alert__content">
            <h3 class="utrecht-heading-3" safe>{t('accounts.tokens.createdTitle')}</h3>
            <p class="utrecht-paragraph" safe>{t('accounts.tokens.createdText')}</p>
            <p class="utrecht-paragraph">
              <code class="ps-accounts-token" id="new-api-token" safe>{newToken}</code>
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      {tokens.length === 0 ? (
        <p class="utrecht-paragraph" safe>{t('accounts.tokens.none')}</p>
      ) : (
        <table class="utrecht-table">
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col" safe>{t('accounts.tokens.name')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('accounts.tokens.created')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('accounts.tokens.lastUsed')}</th>
              <th class="utrecht-table__header-cell" scope="col" safe>{t('accounts.tokens.actions')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {tokens.map((token) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" safe>{token.name}</td>
                <td class="utrecht-table__cell" safe>{formatDateTime(token.createdAt, ctx.locale)}</td>
                <td class="utrecht-table__cell" safe>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, ctx.locale) : t('accounts.tokens.never')}</td>
                <td class="utrecht-table__cell">
                  <form method="post" action={`/profile/tokens/${token.id}/revoke`} class="ps-inline-form" data-confirm={t('accounts.tokens.revokeConfirm')}>
                    <CsrfField token={ctx.csrfToken} />
                    <button class="utrecht-button utrecht-button--secondary-action" type="submit" aria-label={t('accounts.tokens.revokeLabel', { name: token.name })} safe>
                      {t('accounts.tokens.revoke')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action="/profile/tokens" class="ps-form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField form={form} name="tokenName" label={t('accounts.fields.tokenName')} description={t('accounts.help.tokenName')} t={t} required maxlength={60} />
        <div class="ps-actions">
          <Button kind="secondary">{Html.escapeHtml(t('accounts.tokens.create'))}</Button>
        </div>
      </form>
    </section>
  );
}
