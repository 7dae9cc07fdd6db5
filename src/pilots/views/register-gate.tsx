// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

/** Explains why the member cannot register a pilot yet (e-mail not confirmed, or no organisation) and what to do. */
export function RegisterGatePage({ ctx, reason }: { ctx: PageContext; reason: 'verify_email' | 'no_organisation' }): JSX.Element {
  const { t } = ctx;
  const title = reason === 'verify_email' ? t('pilots.gate.verifyTitle') : t('pilots.gate.noOrganisationTitle');
  const text = reason === 'verify_email' ? t('pilots.gate.verifyText') : t('pilots.gate.noOrganisationText');
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph" safe>{text}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/profile" safe>{t('pilots.gate.verifyAction')}</a>
        </p>
      </>
    </Layout>
  );
}
