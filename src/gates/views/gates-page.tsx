// SPDX-License-Identifier: EUPL-1.2
import type { FormState } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Phase, Status } from '../../pilots/pilots.tables.js';
import type { GateRefusal } from '../gates.policy.js';
import type { GateDecisionRecord } from '../gates.service.js';
import { GateDecisionForm } from './gate-form.js';
import { GateHistoryTable } from './gate-history.js';

export interface GatesPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string; phase: Phase; status: Status };
  history: readonly GateDecisionRecord[];
  /** 'decide' shows the form; otherwise why not (null: the viewer is not a decider and is told so only if on the team). */
  mode: 'decide' | GateRefusal | 'not_decider' | 'view';
  form: FormState;
}

/** /pilots/:id/gates: where the pilot stands, the decision form for its client or lead, and the history. */
export function GatesPage({ ctx, pilot, history, mode, form }: GatesPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('gates.page.title', { pilot: pilot.title });
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('gates.page.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph" safe>{t('gates.page.intro')}</p>
        <p class="utrecht-paragraph" safe>
          {t('gates.page.current', { phase: t(`pilots.phase.${pilot.phase}`), status: t(`pilots.status.${pilot.status}`) })}
        </p>
        {mode === 'decide' ? (
          <section aria-labelledby="gates-form-heading">
            <h2 class="utrecht-heading-2" id="gates-form-heading" safe>{t('gates.page.formHeading')}</h2>
            <GateDecisionForm ctx={ctx} pilotId={pilot.id} form={form} />
          </section>
        ) : mode === 'view' ? (
          ''
        ) : (
          <p class="utrecht-paragraph ps-gates-notice" safe>{mode === 'not_decider' ? t('gates.page.notDecider') : t(`gates.refusal.${mode}`)}</p>
        )}
        <section aria-labelledby="gates-history-heading">
          <h2 class="utrecht-heading-2" id="gates-history-heading" safe>{t('gates.page.historyHeading')}</h2>
          <GateHistoryTable ctx={ctx} history={history} />
        </section>
      </>
    </Layout>
  );
}
