// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { ChoiceGroup, CsrfField, ErrorSummary, TextAreaField, type FormState } from '../../platform/views/form-components.js';
import { reportReasons } from '../moderation.tables.js';
import { reportTextMax } from '../moderation.schemas.js';

interface ReportPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  form: FormState;
  /** The member already has an open report on this pilot: show that instead of the form. */
  alreadyReported: boolean;
}

/** The form a member uses to report a pilot that does not belong on the platform. */
export function ReportPage({ ctx, pilot, form, alreadyReported }: ReportPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('moderation.report.title');
  return (
    <Layout ctx={ctx} title={title}>
      <div class="ps-form">
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        {alreadyReported ? (
          <p class="utrecht-paragraph" safe>{t('moderation.report.alreadyReported')}</p>
        ) : (
          <>
            <ErrorSummary form={form} t={t} />
            <p class="utrecht-paragraph" safe>{t('moderation.report.intro', { pilot: pilot.title })}</p>
            <form method="post" action={`/pilots/${pilot.id}/report`} novalidate>
              <CsrfField token={ctx.csrfToken} />
              <ChoiceGroup
                form={form}
                name="reason"
                type="radio"
                required
                legend={t('moderation.report.reasonLegend')}
                t={t}
                options={reportReasons.map((reason) => ({ value: reason, label: t(`moderation.reasons.${reason}`) }))}
              />
              <TextAreaField
                form={form}
                name="text"
                label={t('moderation.report.textLabel')}
                description={t('moderation.report.textDescription')}
                maxlength={reportTextMax}
                rows={5}
                t={t}
              />
              <div class="ps-actions">
                <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('moderation.report.submit')}</button>
              </div>
            </form>
          </>
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('moderation.report.back')}</a>
        </p>
      </div>
    </Layout>
  );
}
