// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { HiddenPilotRow, QueueEntry } from '../moderation.service.js';
import { formatDateTime } from './format.js';
import { Pagination } from './pagination.js';

interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

interface QueuePageProps {
  ctx: PageContext;
  queue: Paged<QueueEntry>;
  hidden: Paged<HiddenPilotRow>;
}

function QueueItem({ ctx, entry }: { ctx: PageContext; entry: QueueEntry }): JSX.Element {
  const { t } = ctx;
  const headingId = `reported-${entry.pilotId}`;
  return (
    <li class="ps-card ps-moderation-item">
      <article aria-labelledby={headingId}>
        <h3 class="utrecht-heading-3" id={headingId}>
          <a class="utrecht-link" href={`/pilots/${entry.pilotId}`} safe>{entry.title}</a>
        </h3>
        <p class="utrecht-paragraph">
          <strong safe>{t('moderation.queue.reportCount', { count: entry.openCount })}</strong>
          {' · '}
          <span safe>{t('moderation.queue.latest', { date: formatDateTime(entry.latestAt, ctx.locale) })}</span>
        </p>
        <ul class="ps-meta">
          {entry.reasonCounts.map(({ reason, count }) => (
            <li class="ps-badge" safe>{t('moderation.queue.reasonCount', { reason: t(`moderation.reasonsShort.${reason}`), count })}</li>
          ))}
        </ul>
        <ul class="ps-moderation-reports">
          {entry.reports.map((report) => (
            <li>
              <p class="utrecht-paragraph ps-muted" safe>
                {`${t(`moderation.reasonsShort.${report.reason}`)} · ${t('moderation.queue.reportedBy', {
                  name: report.reporterName ?? t('moderation.queue.unknownReporter'),
                  date: formatDateTime(report.createdAt, ctx.locale),
                })}`}
              </p>
              {report.text ? <blockquote class="ps-moderation-quote" safe>{report.text}</blockquote> : ''}
            </li>
          ))}
        </ul>
        <p class="utrecht-paragraph">
          <a class="utrecht-link ps-moderation-review" href={`/moderation/pilots/${entry.pilotId}`} safe>
            {t('moderation.queue.review', { pilot: entry.title })}
          </a>
        </p>
      </article>
    </li>
  );
}

function HiddenItem({ ctx, pilot }: { ctx: PageContext; pilot: HiddenPilotRow }): JSX.Element {
  const { t } = ctx;
  return (
    <li class="ps-card">
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/moderation/pilots/${pilot.id}`} safe>{pilot.title}</a>
      </p>
      <p class="utrecht-paragraph ps-muted" safe>{t('moderation.queue.hiddenSince', { date: formatDateTime(pilot.hiddenAt, ctx.locale) })}</p>
      {pilot.hiddenReason ? <p class="utrecht-paragraph" safe>{t('moderation.queue.hiddenReason', { reason: pilot.hiddenReason })}</p> : ''}
    </li>
  );
}

/** The moderators' queue: open reports grouped per pilot, and the pilots that are hidden now. */
export function QueuePage({ ctx, queue, hidden }: QueuePageProps): JSX.Element {
  const { t } = ctx;
  const title = t('moderation.queue.title');
  const link = (reportsPage: number, hiddenPage: number) => `/moderation?page=${reportsPage}&hiddenPage=${hiddenPage}`;
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        <p class="utrecht-paragraph" safe>{t('moderation.queue.intro')}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/moderation/audit" safe>{t('moderation.queue.auditLink')}</a>
        </p>
        <section aria-labelledby="open-reports">
          <h2 class="utrecht-heading-2" id="open-reports" safe>{t('moderation.queue.reportsHeading')}</h2>
          {queue.items.length === 0 ? (
            <p class="utrecht-paragraph" safe>{t('moderation.queue.none')}</p>
          ) : (
            <ul class="ps-cards">{queue.items.map((entry) => <QueueItem ctx={ctx} entry={entry} />)}</ul>
          )}
          <Pagination ctx={ctx} page={queue.page} pageSize={queue.pageSize} total={queue.total} href={(page) => link(page, hidden.page)} label={t('moderation.queue.reportsHeading')} />
        </section>
        <section aria-labelledby="hidden-pilots">
          <h2 class="utrecht-heading-2" id="hidden-pilots" safe>{t('moderation.queue.hiddenHeading')}</h2>
          {hidden.items.length === 0 ? (
            <p class="utrecht-paragraph" safe>{t('moderation.queue.hiddenNone')}</p>
          ) : (
            <ul class="ps-cards">{hidden.items.map((pilot) => <HiddenItem ctx={ctx} pilot={pilot} />)}</ul>
          )}
          <Pagination ctx={ctx} page={hidden.page} pageSize={hidden.pageSize} total={hidden.total} href={(page) => link(queue.page, page)} label={t('moderation.queue.hiddenHeading')} />
        </section>
      </>
    </Layout>
  );
}
