// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound, unauthenticated } from '../platform/errors.js';
import { parseForm } from '../platform/forms.js';
import { pageContext, safeReturnPath, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import type { FormState } from '../platform/views/form-components.js';
import { contactKinds, contactLimit, contactService, type ContactKind } from './contact.service.js';
import { fieldLabel, toSignIn } from './knowledge.http.js';
import { knowledgePolicy } from './knowledge.policy.js';
import { contactInputSchema } from './knowledge.schemas.js';
import { ContactPage } from './views/contact-page.js';

function target(request: FastifyRequest): { kind: ContactKind; id: string } {
  const { kind, id } = request.params as { kind: string; id: string };
  if (!(contactKinds as readonly string[]).includes(kind) || !id || id.length > 100) throw notFound();
  return { kind: kind as ContactKind, id };
}

/** GET/POST /knowledge/contact/:kind/:id: members write to a pilot's contact person or an expert through the platform. */
export function registerContactRoutes(app: FastifyInstance, context: AppContext): void {
  const contact = contactService(context);

  app.get('/knowledge/contact/:kind/:id', async (request, reply) => {
    const member = knowledgePolicy.member(request.currentUser);
    if (!member.ok) return toSignIn(reply, request.url);
    const { kind, id } = target(request);
    const recipient = await contact.recipient(kind, id);
    if (!recipient) throw notFound();
    const returnTo = safeReturnPath((request.query as Record<string, unknown>).return, kind === 'pilot' ? `/pilots/${id}` : '/knowledge/experts');
    return sendPage(reply, <ContactPage ctx={pageContext(request, reply)} recipient={recipient} form={{ values: {}, errors: {} }} returnTo={returnTo} />);
  });

  app.post('/knowledge/contact/:kind/:id', async (request, reply) => {
    const member = knowledgePolicy.member(request.currentUser);
    // The form is only shown to members (the page sends visitors to sign in): a post without one is refused.
    if (!member.ok) throw unauthenticated();
    const { kind, id } = target(request);
    const recipient = await contact.recipient(kind, id);
    if (!recipient) throw notFound();
    const returnTo = safeReturnPath((request.body as Record<string, unknown> | undefined)?.return, kind === 'pilot' ? `/pilots/${id}` : '/knowledge/experts');
    const parsed = parseForm(contactInputSchema, request.body, request.t, fieldLabel(request));
    const render = (form: FormState, status: number) =>
      sendPage(reply, <ContactPage ctx={pageContext(request, reply)} recipient={recipient} form={form} returnTo={returnTo} />, status);
    if (!parsed.ok) return render(parsed.form, 422);
    const result = await contact.send(kind, id, parsed.data.message, member.user);
    if (!result.ok) {
      if (result.reason === 'not_found') throw notFound();
      // Too many messages or writing to oneself: keep the text, say why (429 for the limit, 422 otherwise).
      const message = result.reason === 'throttled' ? request.t('knowledge.contact.throttled', { max: contactLimit.max }) : request.t('knowledge.contact.self');
      return render({ values: { message: parsed.data.message }, errors: { message } }, result.reason === 'throttled' ? 429 : 422);
    }
    reply.setFlash({ kind: 'ok', key: 'knowledge.contact.sent', params: { name: result.recipient.name } });
    return reply.redirect(returnTo, 303);
  });
}
