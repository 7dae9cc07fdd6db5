// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { ErrorSummary, type FormState } from '../../platform/views/form-components.js';
import type { Intake } from '../intake.service.js';
import { longDate } from './format.js';
import { IntakeForm } from './intake-form.js';

const answerFields = ['learningGoals', 'scalingGoals', 'whyAndForWhom', 'monitoring', 'userProblem', 'decisionMaker', 'resultOwners'] as const;

/** The intake answers as a description list. */
function IntakeAnswers({ ctx, intake }: { ctx: PageContext; intake: Intake }): JSX.Element {
  const { t } = ctx;
  return (
    <>
      <dl class="ps-intake-answers">
        {answerFields
          .filter((field) => intake[field])
          .map((field) => (
            <>
              <dt safe>{t(`intake.fields.${field}`)}</dt>
              <dd class="ps-pre-line" safe>{intake[field]}</dd>
            </>
          ))}
      </dl>
      <p class="utrecht-paragraph" safe>{t('intake.rhythmEvery', { count: intake.reflectionRhythmWeeks })}</p>
      <p class="utrecht-paragraph ps-muted" safe>{t('intake.updatedAt', { date: longDate(intake.updatedAt, ctx.locale) })}</p>
    </>
  );
}

/** GET /pilots/:id/intake: the answers for everyone who may see the pilot; the form for its team. */
export function IntakePage(props: { ctx: PageContext; pilot: { id: number; title: string }; intake: Intake | null; form: FormState | null }): JSX.Element {
  const { ctx, pilot, intake, form } = props;
  const { t } = ctx;
  const title = t('intake.pageTitle', { pilot: pilot.title });
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('intake.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        {form ? <ErrorSummary form={form} t={t} /> : ''}
        <p class="utrecht-paragraph" safe>{t('intake.intro')}</p>
        {intake ? <IntakeAnswers ctx={ctx} intake={intake} /> : <p class="utrecht-paragraph" safe>{form ? t('intake.prompt') : t('intake.none')}</p>}
        {form ? (
          <>
            <h2 class="utrecht-heading-2" safe>{intake ? t('intake.edit') : t('intake.start')}</h2>
            <IntakeForm ctx={ctx} pilotId={pilot.id} form={form} />
          </>
        ) : (
          ''
        )}
      </>
    </Layout>
  );
}
