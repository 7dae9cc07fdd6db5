// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { idParam } from '../platform/ids.js';
import { formValues, parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { lessonsAccess, type LessonsAccess } from './lessons.policy.js';
import { lessonInputSchema, lessonQuerySchema, logEntryInputSchema } from './lessons.schemas.js';
import { lessonsService } from './lessons.service.js';
import { LessonsListPage } from './views/lessons-list-page.js';
import { PilotLessonsPage } from './views/pilot-lessons-page.js';


/** Pages: a pilot's lessons and learning log (/pilots/:id/lessons) and the platform-wide list (/lessons). */
export function registerLessonRoutes(app: FastifyInstance, context: AppContext): void {
  const lessons = lessonsService(context);

  async function viewable(request: FastifyRequest): Promise<LessonsAccess> {
    const access = await lessonsAccess(context, idParam(request.params, 'id'), request.currentUser);
    if (!access || !access.canView) throw notFound();
    return access;
  }

  async function editable(request: FastifyRequest): Promise<LessonsAccess> {
    if (!request.currentUser) throw unauthenticated();
    const access = await viewable(request);
    if (!access.canEdit) throw forbidden();
    return access;
  }

  async function renderPilotPage(request: FastifyRequest, reply: FastifyReply, access: LessonsAccess, forms: { lessonForm?: FormState; logForm?: FormState } = {}, status = 200) {
    const [list, log] = await Promise.all([lessons.forPilot(access.pilot.id, access.canEdit), access.canEdit ? lessons.logFor(access.pilot.id) : Promise.resolve([])]);
    const team = access.canEdit ? { log, lessonForm: forms.lessonForm ?? emptyForm, logForm: forms.logForm ?? emptyForm } : null;
    return sendPage(reply, <PilotLessonsPage ctx={pageContext(request, reply)} pilot={access.pilot} lessons={list} team={team} />, status);
  }

  const label = (request: FastifyRequest) => (field: string) => request.t(`lessons.fields.${field}`);

  app.get('/pilots/:id/lessons', async (request, reply) => renderPilotPage(request, reply, await viewable(request)));

  app.post('/pilots/:id/lessons/log', async (request, reply) => {
    const access = await editable(request);
    const parsed = parseForm(logEntryInputSchema, request.body, request.t, label(request));
    if (!parsed.ok) return renderPilotPage(request, reply, access, { logForm: parsed.form }, 422);
    const result = await lessons.recordLogEntry(access.pilot.id, parsed.data, request.currentUser);
    if (!result.ok) throw result.reason === 'not_found' ? notFound() : forbidden();
    reply.setFlash({ kind: 'ok', key: 'lessons.flash.entrySaved' });
    return reply.redirect(`/pilots/${access.pilot.id}/lessons`, 303);
  });

  app.post('/pilots/:id/lessons', async (request, reply) => {
    const access = await editable(request);
    const parsed = parseForm(lessonInputSchema, request.body, request.t, label(request));
    if (!parsed.ok) return renderPilotPage(request, reply, access, { lessonForm: parsed.form }, 422);
    const result = await lessons.recordLesson(access.pilot.id, { ...parsed.data, publish: parsed.data.publish }, request.currentUser);
    if (!result.ok) throw result.reason === 'not_found' ? notFound() : forbidden();
    reply.setFlash({ kind: 'ok', key: parsed.data.publish ? 'lessons.flash.lessonPublished' : 'lessons.flash.lessonSaved' });
    return reply.redirect(`/pilots/${access.pilot.id}/lessons`, 303);
  });

  app.post('/pilots/:id/lessons/:lessonId/publish', async (request, reply) => {
    await editable(request);
    const result = await lessons.publish(idParam(request.params, 'lessonId'), request.currentUser);
    if (!result.ok) throw result.reason === 'forbidden' ? forbidden() : notFound();
    // The service checked the actor against the lesson's own pilot; go back to that pilot.
    reply.setFlash({ kind: 'ok', key: 'lessons.flash.lessonPublished' });
    return reply.redirect(`/pilots/${result.pilotId}/lessons`, 303);
  });

  app.get('/lessons', async (request, reply) => {
    const parsed = lessonQuerySchema.safeParse(request.query ?? {});
    // A hand-edited address with an unknown filter value shows everything rather than an error page.
    const query = parsed.success ? parsed.data : {};
    const result = await lessons.search(query);
    return sendPage(reply, <LessonsListPage ctx={pageContext(request, reply)} filters={{ values: formValues(request.query), errors: {} }} result={result} />);
  });
}
