// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { unauthenticated } from '../platform/errors.js';
import { formValues, parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import type { FormState } from '../platform/views/form-components.js';
import { expertsService, type Expert } from './experts.service.js';
import { fieldLabel, toSignIn } from './knowledge.http.js';
import { knowledgePolicy } from './knowledge.policy.js';
import { expertProfileSchema, expertQuerySchema } from './knowledge.schemas.js';
import { ExpertProfilePage } from './views/expert-profile-page.js';
import { ExpertsPage } from './views/experts-page.js';

const ownPath = '/knowledge/experts/me';

/** The profile as the form shows it. */
function profileForm(expert: Expert | undefined): FormState {
  if (!expert) return { values: {}, errors: {} };
  const offers = [...(expert.offersCoaching ? ['coaching'] : []), ...(expert.offersSupport ? ['support'] : [])];
  return { values: { bio: expert.bio, tags: expert.tags.join(', '), themes: expert.themes, offers }, errors: {} };
}

/** GET /knowledge/experts (the pool), GET/POST /knowledge/experts/me (own profile), POST …/me/remove. */
export function registerExpertRoutes(app: FastifyInstance, context: AppContext): void {
  const experts = expertsService(context);

  app.get('/knowledge/experts', async (request, reply) => {
    // Public list: names, organisations and profiles only; addresses never leave the server.
    const parsed = expertQuerySchema.safeParse(request.query ?? {});
    // A hand-edited address with an unknown filter shows everything rather than an error page.
    const query = parsed.success ? parsed.data : {};
    const viewer = request.currentUser;
    const [result, own] = await Promise.all([experts.list(query), viewer ? experts.find(viewer.id) : Promise.resolve(undefined)]);
    const ownProfile = viewer ? own !== undefined : null;
    return sendPage(reply, <ExpertsPage ctx={pageContext(request, reply)} filters={{ values: formValues(request.query), errors: {} }} result={result} ownProfile={ownProfile} />);
  });

  app.get(ownPath, async (request, reply) => {
    const member = knowledgePolicy.member(request.currentUser);
    if (!member.ok) return toSignIn(reply, ownPath);
    const own = await experts.find(member.user.id);
    return sendPage(reply, <ExpertProfilePage ctx={pageContext(request, reply)} form={profileForm(own)} exists={own !== undefined} />);
  });

  app.post(ownPath, async (request, reply) => {
    const member = knowledgePolicy.member(request.currentUser);
    if (!member.ok) throw unauthenticated();
    const parsed = parseForm(expertProfileSchema, request.body, request.t, fieldLabel(request));
    if (!parsed.ok) {
      const exists = (await experts.find(member.user.id)) !== undefined;
      return sendPage(reply, <ExpertProfilePage ctx={pageContext(request, reply)} form={parsed.form} exists={exists} />, 422);
    }
    await experts.save(member.user, parsed.data);
    reply.setFlash({ kind: 'ok', key: 'knowledge.me.saved' });
    return reply.redirect(ownPath, 303);
  });

  app.post(`${ownPath}/remove`, async (request, reply) => {
    const member = knowledgePolicy.member(request.currentUser);
    if (!member.ok) throw unauthenticated();
    await experts.remove(member.user);
    reply.setFlash({ kind: 'ok', key: 'knowledge.me.removed' });
    return reply.redirect('/knowledge/experts', 303);
  });
}
