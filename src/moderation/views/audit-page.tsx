// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { formatDateTime } from './format.js';
import { Pagination } from './pagination.js';

/** An audit entry as the page shows it: the actor's name looked up, the subject's link worked out. */
export interface AuditLine {
  id: number;
  createdAt: string;
  /** Null for the system; undefined name when the account is gone. */
  actorUserId: string | null;
  actorName: string | null;
  /** The member's name when the subject is a member (`user`). */
  subjectName: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason: string | null;
}

interface AuditPageProps {
  ctx: PageContext;
  lines: AuditLine[];
  total: number;
  page: number;
  pageSize: number;
  actions: string[];
  action: string | undefined;
}

/** The action's name in the reader's language, or the action code itself for actions other modules added. */
function actionLabel(ctx: PageContext, action: string): string {
  const key = `moderation.audit.actions.${action}`;
  const label = ctx.t(key);
  return label === key ? action : label;
}

function Subject({ ctx, line }: { ctx: PageContext; line: AuditLine }): JSX.Element {
  if (line.subjectType === 'pilot' && /^\d+$/.test(line.subjectId)) {
    return <a class="utrecht-link" href={`/pilots/${line.subjectId}`} safe>{ctx.t('moderation.audit.subjectPilot', { id: line.subjectId })}</a>;
  }
  if (line.subjectType === 'user') {
    return <span safe>{ctx.t('moderation.audit.subjectUser', { name: line.subjectName ?? ctx.t('moderation.audit.unknownActor') })}</span>;
  }
  const pair = line.subjectType === 'pilot_connection' ? /^(\d+)-(\d+)$/.exec(line.subjectId) : null;
  if (pair) {
    const [, a = '', b = ''] = pair;
    return (
      <span>
        <span safe>{ctx.t('moderation.audit.subjectConnection')}</span>{' '}
        <a class="utrecht-link" href={`/pilots/${a}`} safe>{ctx.t('moderation.audit.subjectPilot', { id: a })}</a>
        {' – '}
        <a class="utrecht-link" href={`/pilots/${b}`} safe>{ctx.t('moderation.audit.subjectPilot', { id: b })}</a>
      </span>
    );
  }
  return <span safe>{ctx.t('moderation.audit.subjectOther', { type: line.subjectType, id: line.subjectId })}</span>;
}

function actorLabel(ctx: PageContext, line: AuditLine): string {
  if (line.actorUserId === null) return ctx.t('moderation.audit.system');
  return line.actorName ?? ctx.t('moderation.audit.unknownActor');
}

/** The audit log for moderators: who did what, when, to which subject and why; newest first, filterable by action. */
export function AuditPage({ ctx, lines, total, page, pageSize, actions, action }: AuditPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('moderation.audit.title');
  const link = (target: number) => `/moderation/audit?page=${target}${action ? `&action=${encodeURIComponent(action)}` : ''}`;
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/moderation" safe>{t('moderation.review.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph" safe>{t('moderation.audit.intro')}</p>
        <form method="get" action="/moderation/audit" class="ps-search-form">
          <div>
            <label class="utrecht-form-label" for="audit-action" safe>{t('moderation.audit.filterLabel')}</label>
            <select class="utrecht-select utrecht-select--html-select" id="audit-action" name="action">
              <option value="" safe>{t('moderation.audit.filterAll')}</option>
              {actions.map((value) => (
                <option value={value} selected={value === action} safe>{actionLabel(ctx, value)}</option>
              ))}
            </select>
          </div>
          <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('moderation.audit.filterSubmit')}</button>
        </form>
        {lines.length === 0 ? (
          <p class="utrecht-paragraph" safe>{t('moderation.audit.none')}</p>
        ) : (
          <div class="ps-table-scroll" tabindex="0" role="region" aria-label={t('moderation.audit.caption')}>
            <table class="utrecht-table ps-audit-table">
              <caption class="utrecht-table__caption" safe>{t('moderation.audit.caption')}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('moderation.audit.when')}</th>
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('moderation.audit.who')}</th>
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('moderation.audit.what')}</th>
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('moderation.audit.subject')}</th>
                  <th class="utrecht-table__header-cell" scope="col" safe>{t('moderation.audit.why')}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {lines.map((line) => (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell" safe>{formatDateTime(line.createdAt, ctx.locale)}</td>
                    <td class="utrecht-table__cell" safe>{actorLabel(ctx, line)}</td>
                    <td class="utrecht-table__cell" safe>{actionLabel(ctx, line.action)}</td>
                    <td class="utrecht-table__cell"><Subject ctx={ctx} line={line} /></td>
                    <td class="utrecht-table__cell" safe>{line.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination ctx={ctx} page={page} pageSize={pageSize} total={total} href={link} label={title} />
      </>
    </Layout>
  );
}
