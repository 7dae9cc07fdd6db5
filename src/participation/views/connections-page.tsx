// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { ErrorSummary, type FormState } from '../../platform/views/form-components.js';
import type { LinkedPilot } from '../connections.service.js';
import { ConnectionForm, LinkedPilotList } from './connections-section.js';

/** The moderators' page to link a pilot to others (also where a failed link form comes back with its errors). */
export function ConnectionsPage({ ctx, pilot, links, form }: { ctx: PageContext; pilot: { id: number; title: string }; links: readonly LinkedPilot[]; form: FormState }): JSX.Element {
  const { t } = ctx;
  const title = t('participation.connections.pageTitle', { pilot: pilot.title });
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('participation.connections.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <ErrorSummary form={form} t={t} />
        <h2 class="utrecht-heading-2" safe>{t('participation.connections.heading')}</h2>
        <LinkedPilotList ctx={ctx} pilotId={pilot.id} links={links} canLink />
        <h2 class="utrecht-heading-2" safe>{t('participation.connections.formHeading')}</h2>
        <ConnectionForm ctx={ctx} pilotId={pilot.id} form={form} />
      </>
    </Layout>
  );
}
