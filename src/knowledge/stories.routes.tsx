// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import type { FormState } from '../platform/views/form-components.js';
import { fieldLabel, idParam, toSignIn } from './knowledge.http.js';
import { knowledgePolicy } from './knowledge.policy.js';
import { pageSchema, storyInputSchema } from './knowledge.schemas.js';
import { storiesService } from './stories.service.js';
import { StoriesPage, StoryFormPage, StoryPage } from './views/stories-pages.js';

/** Stories: list, detail, the team's form on a pilot, and moderators taking a story offline. */
export function registerStoryRoutes(app: FastifyInstance, context: AppContext): void {
  const stories = storiesService(context);

  /** The pilot the member may write a story for; 404 for unknown pilots, 403 for outsiders and early phases. */
  async function writable(request: FastifyRequest, reply: FastifyReply, pilotId: number) {
    const member = knowledgePolicy.member(request.currentUser);
    if (!member.ok) {
      // Pages send visitors to sign in; a post without a member is refused.
      if (request.method !== 'GET') throw unauthenticated();
      return { redirect: toSignIn(reply, `/pilots/${pilotId}/stories/new`) };
    }
    const access = await stories.writeAccess(pilotId, member.user);
    if (!access.ok) throw access.reason === 'not_found' ? notFound() : forbidden();
    return { pilot: access.pilot };
  }

  app.get('/knowledge/stories', async (request, reply) => {
    // Public list of published stories.
    const parsed = pageSchema.safeParse((request.query as Record<string, unknown>).page);
    const result = await stories.list(parsed.success ? (parsed.data ?? 1) : 1);
    return sendPage(reply, <StoriesPage ctx={pageContext(request, reply)} result={result} />);
  });

  app.get('/knowledge/stories/:id', async (request, reply) => {
    // Published stories are public; an unpublished one only for moderators (the service decides).
    const story = await stories.find(idParam(request.params, 'id'), request.currentUser);
    if (!story) throw notFound();
    return sendPage(reply, <StoryPage ctx={pageContext(request, reply)} story={story} canModerate={knowledgePolicy.moderate(request.currentUser)} />);
  });

  app.post('/knowledge/stories/:id/unpublish', async (request, reply) => {
    if (!knowledgePolicy.moderate(request.currentUser)) throw request.currentUser ? forbidden() : unauthenticated();
    const id = idParam(request.params, 'id');
    const result = await stories.unpublish(id, request.currentUser);
    if (!result.ok) throw result.reason === 'not_found' ? notFound() : forbidden();
    reply.setFlash({ kind: 'ok', key: 'knowledge.stories.unpublishedFlash' });
    return reply.redirect(`/knowledge/stories/${id}`, 303);
  });

  const renderForm = (request: FastifyRequest, reply: FastifyReply, pilot: { id: number; title: string }, form: FormState, status = 200) =>
    sendPage(reply, <StoryFormPage ctx={pageContext(request, reply)} pilot={pilot} form={form} />, status);

  app.get('/pilots/:id/stories/new', async (request, reply) => {
    const access = await writable(request, reply, idParam(request.params, 'id'));
    if ('redirect' in access) return access.redirect;
    return renderForm(request, reply, access.pilot, { values: {}, errors: {} });
  });

  app.post('/pilots/:id/stories', async (request, reply) => {
    const access = await writable(request, reply, idParam(request.params, 'id'));
    if ('redirect' in access) return access.redirect;
    const parsed = parseForm(storyInputSchema, request.body, request.t, fieldLabel(request));
    if (!parsed.ok) return renderForm(request, reply, access.pilot, parsed.form, 422);
    const result = await stories.create(access.pilot.id, parsed.data, request.currentUser);
    if (!result.ok) throw result.reason === 'not_found' ? notFound() : forbidden();
    reply.setFlash({ kind: 'ok', key: 'knowledge.stories.publishedFlash' });
    return reply.redirect(`/knowledge/stories/${result.id}`, 303);
  });
}
