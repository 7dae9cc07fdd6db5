// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, ErrorSummary, TextAreaField, type FormState } from '../../platform/views/form-components.js';
import type { ContactRecipient } from '../contact.service.js';

/** GET /knowledge/contact/:kind/:id: a message to a pilot's team or an expert; shows a name, never an address. */
export function ContactPage({ ctx, recipient, form, returnTo }: { ctx: PageContext; recipient: ContactRecipient; form: FormState; returnTo: string }): JSX.Element {
  const { t } = ctx;
  const action = `/knowledge/contact/${recipient.kind}/${encodeURIComponent(recipient.id)}`;
  return (
    <Layout ctx={ctx} title={t('knowledge.contact.title', { name: recipient.name })}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('knowledge.contact.title', { name: recipient.name })}</h1>
        {recipient.kind === 'pilot' ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/pilots/${recipient.id}`} safe>{t('knowledge.contact.aboutPilot', { pilot: recipient.about })}</a>
          </p>
        ) : recipient.about ? (
          <p class="utrecht-paragraph" safe>{recipient.about}</p>
        ) : (
          ''
        )}
        <p class="utrecht-paragraph" safe>{t('knowledge.contact.intro')}</p>
        <ErrorSummary form={form} t={t} />
        <form method="post" action={action} class="ps-form" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="return" value={returnTo} />
          <TextAreaField form={form} name="message" label={t('knowledge.fields.message')} description={t('knowledge.contact.messageHint')} t={t} required rows={8} />
          <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('knowledge.contact.send')}</button>
        </form>
      </>
    </Layout>
  );
}
