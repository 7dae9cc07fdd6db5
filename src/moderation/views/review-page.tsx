// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, ErrorSummary, TextAreaField, type FormState } from '../../platform/views/form-components.js';
import { decisionReasonMax } from '../moderation.schemas.js';
import type { OpenReport } from '../moderation.service.js';
import { formatDateTime } from './format.js';

export interface ReviewPilot {
  id: number;
  title: string;
  hiddenAt: string | null;
  hiddenReason: string | null;
}

interface ReviewPageProps {
  ctx: PageContext;
  pilot: ReviewPilot;
  reports: OpenReport[];
  /** The state of the decision form that was sent (after a failed submit), or an empty form. */
  form: FormState;
}

function DecisionForm(props: { ctx: PageContext; pilotId: number; action: 'hide' | 'restore' | 'dismiss'; form: FormState; intro?: string; description?: string }): JSX.Element {
  const { ctx, pilotId, action, form, intro, description } = props;
  const { t } = ctx;
  const headingId = `${action}-heading`;
  return (
    <section aria-labelledby={headingId} class="ps-moderation-decision">
      <h2 class="utrecht-heading-2" id={headingId} safe>{t(`moderation.review.${action}Heading`)}</h2>
      {intro ? <p class="utrecht-paragraph" safe>{intro}</p> : ''}
      <form method="post" action={`/moderation/pilots/${pilotId}/${action}`} class="ps-form" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextAreaField form={form} name={`${action}Reason`} label={t(`moderation.review.${action}Reason`)} description={description} required rows={4} maxlength={decisionReasonMax} t={t} />
        <div class="ps-actions">
          <button class={`utrecht-button ${action === 'hide' ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`} type="submit" safe>
            {t(`moderation.review.${action}Submit`)}
          </button>
        </div>
      </form>
    </section>
  );
}

/** One pilot under review: its open reports and the decisions a moderator can take. */
export function ReviewPage({ ctx, pilot, reports, form }: ReviewPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('moderation.review.title', { pilot: pilot.title });
  const empty: FormState = { values: {}, errors: {} };
  const formFor = (action: string) => (Object.keys(form.values).some((key) => key === `${action}Reason`) || Object.keys(form.errors).some((key) => key === `${action}Reason`) ? form : empty);
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/moderation" safe>{t('moderation.review.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <ErrorSummary form={form} t={t} />
        <dl class="ps-dl">
          <dt safe>{t('moderation.review.state')}</dt>
          <dd safe>{pilot.hiddenAt ? t('moderation.review.hidden', { date: formatDateTime(pilot.hiddenAt, ctx.locale) }) : t('moderation.review.visible')}</dd>
          {pilot.hiddenAt && pilot.hiddenReason ? (
            <>
              <dt safe>{t('moderation.review.hiddenReason')}</dt>
              <dd safe>{pilot.hiddenReason}</dd>
            </>
          ) : ''}
        </dl>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('moderation.review.viewPilot')}</a>
        </p>
        <section aria-labelledby="review-reports">
          <h2 class="utrecht-heading-2" id="review-reports" safe>{t('moderation.review.reportsHeading')}</h2>
          {reports.length === 0 ? (
            <p class="utrecht-paragraph" safe>{t('moderation.review.noReports')}</p>
          ) : (
            <ul class="ps-moderation-reports">
              {reports.map((report) => (
                <li>
                  <p class="utrecht-paragraph">
                    <strong safe>{t(`moderation.reasons.${report.reason}`)}</strong>
                    <span class="ps-muted" safe>
                      {` · ${t('moderation.queue.reportedBy', { name: report.reporterName ?? t('moderation.queue.unknownReporter'), date: formatDateTime(report.createdAt, ctx.locale) })}`}
                    </span>
                  </p>
                  {report.text ? <blockquote class="ps-moderation-quote" safe>{report.text}</blockquote> : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
        {pilot.hiddenAt ? (
          <DecisionForm ctx={ctx} pilotId={pilot.id} action="restore" form={formFor('restore')} />
        ) : (
          <DecisionForm ctx={ctx} pilotId={pilot.id} action="hide" form={formFor('hide')} intro={t('moderation.review.hideIntro')} description={t('moderation.review.hideReasonDescription')} />
        )}
        {reports.length > 0 ? (
          <DecisionForm ctx={ctx} pilotId={pilot.id} action="dismiss" form={formFor('dismiss')} intro={t('moderation.review.dismissIntro')} />
        ) : ''}
      </>
    </Layout>
  );
}
