// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { accountsService } from '../accounts/accounts.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { auditService } from './audit.service.js';
import { moderationPolicy } from './moderation.policy.js';
import { auditQuerySchema, dismissSchema, hideSchema, queueQuerySchema, restoreSchema } from './moderation.schemas.js';
import { moderationService, type DecisionResult } from './moderation.service.js';
import { pilotIdParam, redirectToSignIn } from './report.routes.js';
import { AuditPage } from './views/audit-page.js';
import { QueuePage } from './views/queue-page.js';
import { ReviewPage } from './views/review-page.js';

type Decision = 'hide' | 'restore' | 'dismiss';

const decisionSchemas: Record<Decision, z.ZodType<Record<string, string>>> = {
  hide: hideSchema,
  restore: restoreSchema,
  dismiss: dismissSchema,
};

const successFlash: Record<Decision, string> = {
  hide: 'moderation.flash.hidden',
  restore: 'moderation.flash.restored',
  dismiss: 'moderation.flash.dismissed',
};

/** The moderators' pages: queue, review of one pilot with its decisions, and the audit log. */
export function registerModerationRoutes(app: FastifyInstance, context: AppContext): void {
  const moderation = moderationService(context);
  const audit = auditService(context);
  const pilots = pilotsService(context);

  /** Pages: anonymous visitors sign in first, members without the role get 403. */
  function moderatorForPage(request: FastifyRequest, reply: FastifyReply): CurrentUser | null {
    const user = request.currentUser;
    if (moderationPolicy.canModerate(user)) return user;
    if (!user) {
      redirectToSignIn(request, reply);
      return null;
    }
    throw forbidden();
  }

  async function renderReview(request: FastifyRequest, reply: FastifyReply, pilotId: number, form: FormState, status: number) {
    const [pilot, reports] = await Promise.all([pilots.findById(pilotId), moderation.openReportsOf(pilotId)]);
    if (!pilot) throw notFound();
    return sendPage(reply, <ReviewPage ctx={pageContext(request, reply)} pilot={pilot} reports={reports} form={form} />, status);
  }

  app.get('/moderation', async (request, reply) => {
    if (!moderatorForPage(request, reply)) return reply;
    const query = request.query as Record<string, unknown>;
    const { page } = queueQuerySchema.parse({ page: query.page });
    const { page: hiddenPage } = queueQuerySchema.parse({ page: query.hiddenPage });
    const [queue, hidden] = await Promise.all([moderation.queue(page), moderation.hiddenPilots(hiddenPage)]);
    return sendPage(reply, <QueuePage ctx={pageContext(request, reply)} queue={queue} hidden={hidden} />);
  });

  app.get('/moderation/pilots/:id', async (request, reply) => {
    if (!moderatorForPage(request, reply)) return reply;
    return renderReview(request, reply, pilotIdParam(request), emptyForm, 200);
  });

  for (const decision of ['hide', 'restore', 'dismiss'] as const) {
    app.post(`/moderation/pilots/:id/${decision}`, async (request, reply) => {
      const user = request.currentUser;
      if (!moderationPolicy.canModerate(user)) throw user ? forbidden() : unauthenticated();
      const pilotId = pilotIdParam(request);
      const field = `${decision}Reason`;
      const parsed = parseForm(decisionSchemas[decision], request.body, request.t, () => request.t(`moderation.review.${field}`));
      if (!parsed.ok) return renderReview(request, reply, pilotId, parsed.form, 422);
      const reason = parsed.data[field] ?? '';
      const result: DecisionResult =
        decision === 'hide'
          ? await moderation.hide(pilotId, user, reason)
          : decision === 'restore'
            ? await moderation.restore(pilotId, user, reason)
            : await moderation.dismiss(pilotId, user, reason);
      if (!result.ok && result.reason === 'not_found') throw notFound();
      if (!result.ok) reply.setFlash({ kind: 'info', key: `moderation.flash.${result.reason}` });
      else if (decision !== 'dismiss' && !result.mailed) reply.setFlash({ kind: 'warning', key: `${successFlash[decision]}NotMailed` });
      else reply.setFlash({ kind: 'ok', key: successFlash[decision] });
      return reply.redirect(decision === 'dismiss' && result.ok ? '/moderation' : `/moderation/pilots/${pilotId}`, 303);
    });
  }

  app.get('/moderation/audit', async (request, reply) => {
    if (!moderatorForPage(request, reply)) return reply;
    const query = auditQuerySchema.parse(request.query ?? {});
    const [entries, actions] = await Promise.all([audit.list({ page: query.page }, { action: query.action }), audit.actions()]);
    // One look-up for every member named on the page: actors, and members who were the subject (role changes).
    const userIds = entries.items.flatMap((entry) => [entry.actorUserId, entry.subjectType === 'user' ? entry.subjectId : null]).filter((id): id is string => id !== null);
    const names = new Map((await accountsService(context).usersByIds(userIds)).map((user) => [user.id, user.name]));
    const lines = entries.items.map((entry) => ({
      ...entry,
      actorName: entry.actorUserId ? (names.get(entry.actorUserId) ?? null) : null,
      subjectName: entry.subjectType === 'user' ? (names.get(entry.subjectId) ?? null) : null,
    }));
    return sendPage(
      reply,
      <AuditPage ctx={pageContext(request, reply)} lines={lines} total={entries.total} page={entries.page} pageSize={entries.pageSize} actions={actions} action={query.action} />,
    );
  });
}
