// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { ErrorSummary, type FormState } from '../../platform/views/form-components.js';
import { formatDate } from '../../pilots/views/format.js';
import { reflectionQuestions } from '../reflection.catalogue.js';
import type { ActionRow, ReflectionSchedule, SessionView } from '../reflection.service.js';
import { SessionForm, actionText } from './session-form.js';

export interface ReflectionsPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  schedule: ReflectionSchedule | null;
  rhythm: { weeks: number; fromIntake: boolean };
  openActions: readonly ActionRow[];
  history: { sessions: readonly SessionView[]; total: number; page: number; pages: number };
  form: FormState;
}

function ActionList({ ctx, actions, showState }: { ctx: PageContext; actions: readonly ActionRow[]; showState?: boolean }): JSX.Element {
  return (
    <ul class="utrecht-unordered-list">
      {actions.map((action) => (
        <li class="utrecht-unordered-list__item" safe>
          {showState ? `${actionText(ctx, action)} (${ctx.t(action.doneAt ? 'reflection.sessions.actionDone' : 'reflection.sessions.actionOpen')})` : actionText(ctx, action)}
        </li>
      ))}
    </ul>
  );
}

function SessionEntry({ ctx, session }: { ctx: PageContext; session: SessionView }): JSX.Element {
  const { t } = ctx;
  const answered = reflectionQuestions.flatMap((question) => (session[question] ? [{ question, answer: session[question] ?? '' }] : []));
  return (
    <article class="ps-reflection-session">
      <h3 class="utrecht-heading-3" safe>{t('reflection.sessions.sessionHeading', { date: formatDate(session.heldOn, ctx.locale) })}</h3>
      <dl class="ps-reflection-answers">
        {answered.map(({ question, answer }) => (
          <>
            <dt safe>{t(`reflection.sessions.${question}`)}</dt>
            <dd class="ps-reflection-text" safe>{answer}</dd>
          </>
        ))}
        {session.notes ? (
          <>
            <dt safe>{t('reflection.sessions.notes')}</dt>
            <dd class="ps-reflection-text" safe>{session.notes}</dd>
          </>
        ) : (
          ''
        )}
      </dl>
      {session.actionsAgreed.length ? (
        <>
          <h4 class="utrecht-heading-4" safe>{t('reflection.sessions.agreed')}</h4>
          <ActionList ctx={ctx} actions={session.actionsAgreed} showState />
        </>
      ) : (
        ''
      )}
      {session.actionsClosed.length ? (
        <>
          <h4 class="utrecht-heading-4" safe>{t('reflection.sessions.closed')}</h4>
          <ActionList ctx={ctx} actions={session.actionsClosed} />
        </>
      ) : (
        ''
      )}
    </article>
  );
}

function Paging({ ctx, pilotId, page, pages }: { ctx: PageContext; pilotId: number; page: number; pages: number }): JSX.Element {
  if (pages <= 1) return <></>;
  const { t } = ctx;
  return (
    <nav aria-label={t('reflection.sessions.historyNav')} class="ps-pagination">
      <p class="utrecht-paragraph" safe>{t('reflection.sessions.page', { page, pages })}</p>
      {page > 1 ? <a class="utrecht-link" href={`/pilots/${pilotId}/reflections?page=${page - 1}`} safe>{t('reflection.sessions.newer')}</a> : ''}
      {page < pages ? <a class="utrecht-link" href={`/pilots/${pilotId}/reflections?page=${page + 1}`} safe>{t('reflection.sessions.older')}</a> : ''}
    </nav>
  );
}

/** The team's reflection page: rhythm and due date, open actions, the session form and the history. */
export function ReflectionsPage({ ctx, pilot, schedule, rhythm, openActions, history, form }: ReflectionsPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('reflection.sessions.pageTitle', { pilot: pilot.title });
  const dueText = !schedule
    ? t('reflection.sessions.notScheduled')
    : schedule.overdue
      ? t('reflection.sessions.overdue', { date: formatDate(schedule.nextDueOn, ctx.locale) })
      : t('reflection.sessions.nextDue', { date: formatDate(schedule.nextDueOn, ctx.locale) });
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('reflection.sessions.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <ErrorSummary form={form} t={t} />
        <p class="utrecht-paragraph" safe>{t('reflection.sessions.intro')}</p>
        <p class="utrecht-paragraph" safe>{t(rhythm.fromIntake ? 'reflection.sessions.rhythm' : 'reflection.sessions.rhythmDefault', { weeks: rhythm.weeks })}</p>
        <p class={`utrecht-paragraph${schedule?.overdue ? ' ps-reflection-overdue' : ''}`} safe>{dueText}</p>
        <h2 class="utrecht-heading-2" safe>{t('reflection.sessions.openHeading')}</h2>
        {openActions.length ? <ActionList ctx={ctx} actions={openActions} /> : <p class="utrecht-paragraph" safe>{t('reflection.sessions.openNone')}</p>}
        <h2 class="utrecht-heading-2" safe>{t('reflection.sessions.formHeading')}</h2>
        <SessionForm ctx={ctx} pilotId={pilot.id} form={form} openActions={openActions} />
        <h2 class="utrecht-heading-2" safe>{t('reflection.sessions.historyHeading')}</h2>
        {history.sessions.length ? history.sessions.map((session) => <SessionEntry ctx={ctx} session={session} />) : <p class="utrecht-paragraph" safe>{t('reflection.sessions.historyNone')}</p>}
        <Paging ctx={ctx} pilotId={pilot.id} page={history.page} pages={history.pages} />
      </>
    </Layout>
  );
}
