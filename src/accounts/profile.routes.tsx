// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound, unauthenticated } from '../platform/errors.js';
import { idParam } from '../platform/ids.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { teamService } from '../teams/teams.service.js';
import { emptyForm } from '../platform/views/form-components.js';
import { formWithError, parseAccountForm } from './account-forms.js';
import { accountsPolicy } from './accounts.policy.js';
import { apiTokenSchema, changePasswordSchema, profileSchema } from './accounts.schemas.js';
import { accountsService } from './accounts.service.js';
import { authFor } from './auth.js';
import { authErrorCode, authHeaders, forwardAuthCookies } from './auth-http.js';
import { detailsFormOf, ProfilePage, type ProfileForms } from './views/profile-page.js';

type Body = Record<string, unknown> | undefined;

const oneYear = 60 * 60 * 24 * 365;
const wrongPasswordErrors = new Set(['INVALID_PASSWORD', 'CREDENTIAL_ACCOUNT_NOT_FOUND']);

/** The member's profile: details, password change and personal API tokens. */
export function registerProfileRoutes(app: FastifyInstance, context: AppContext): void {
  const auth = authFor(context);
  const accounts = accountsService(context);

  /** Renders the profile page with some of its forms replaced (after a failed submit or a new token). */
  async function render(request: FastifyRequest, reply: FastifyReply, actor: CurrentUser, forms: Partial<ProfileForms>, status = 200) {
    const [user, tokens, isCoach] = await Promise.all([accounts.findUserById(actor.id), accounts.listApiTokens(actor.id), teamService(context).isCoach(actor.id)]);
    if (!user) throw unauthenticated();
    const all: ProfileForms = { details: detailsFormOf(user), password: emptyForm, token: emptyForm, askType: false, ...forms };
    return sendPage(reply, <ProfilePage ctx={pageContext(request, reply)} user={user} tokens={tokens} forms={all} isCoach={isCoach} />, status);
  }

  app.get('/profile', async (request, reply) => {
    const user = request.currentUser;
    if (!accountsPolicy.canEditOwnProfile(user)) return reply.redirect('/sign-in?return=%2Fprofile', 303);
    return render(request, reply, user, {});
  });

  app.post('/profile', async (request, reply) => {
    const user = request.currentUser;
    if (!accountsPolicy.canEditOwnProfile(user)) throw unauthenticated();
    const body = request.body as Body;
    const asked = body?.organisationAsked === '1';
    const parsed = parseAccountForm(profileSchema, body, request.t);
    if (!parsed.ok) return render(request, reply, user, { details: parsed.form, askType: asked }, 422);
    const input = parsed.data;
    const employer = await accounts.resolveEmployer(input.organisation, input.organisationType);
    if (!employer.ok) {
      const details = formWithError(body, 'organisationType', request.t('accounts.validation.unknownOrganisation', { name: input.organisation }));
      return render(request, reply, user, { details, askType: true }, 422);
    }
    await accounts.updateProfile(user.id, { name: input.name, jobTitle: input.jobTitle, organisationId: employer.organisationId, locale: input.locale });
    // The preferred language is also the language of the pages, from now on.
    reply.setCookie('lang', input.locale, { path: '/', maxAge: oneYear, sameSite: 'lax', secure: context.config.baseUrl.startsWith('https://') });
    reply.setFlash({ kind: 'ok', key: 'accounts.profile.saved' });
    return reply.redirect('/profile', 303);
  });

  app.post('/profile/password', async (request, reply) => {
    const user = request.currentUser;
    if (!accountsPolicy.canEditOwnProfile(user)) throw unauthenticated();
    const body = request.body as Body;
    const parsed = parseAccountForm(changePasswordSchema, body, request.t);
    if (!parsed.ok) return render(request, reply, user, { password: parsed.form }, 422);
    try {
      const result = await auth.api.changePassword({
        body: { currentPassword: parsed.data.passwordCurrent, newPassword: parsed.data.password, revokeOtherSessions: true },
        headers: authHeaders(request),
        returnHeaders: true,
      });
      forwardAuthCookies(reply, result.headers);
    } catch (error) {
      if (!wrongPasswordErrors.has(authErrorCode(error) ?? '')) throw error;
      const password = formWithError(body, 'passwordCurrent', request.t('accounts.validation.wrongCurrentPassword'));
      return render(request, reply, user, { password }, 422);
    }
    reply.setFlash({ kind: 'ok', key: 'accounts.profile.passwordChanged' });
    return reply.redirect('/profile', 303);
  });

  app.post('/profile/tokens', async (request, reply) => {
    const user = request.currentUser;
    if (!accountsPolicy.canEditOwnProfile(user)) throw unauthenticated();
    const parsed = parseAccountForm(apiTokenSchema, request.body, request.t);
    if (!parsed.ok) return render(request, reply, user, { token: parsed.form }, 422);
    const newToken = await accounts.createApiToken(user.id, parsed.data.tokenName);
    // Shown in this response only: it is not stored anywhere we could show it from again.
    return render(request, reply, user, { newToken }, 201);
  });

  app.post('/profile/tokens/:id/revoke', async (request, reply) => {
    const user = request.currentUser;
    if (!accountsPolicy.canEditOwnProfile(user)) throw unauthenticated();
    if (!(await accounts.revokeApiToken(user.id, idParam(request.params, 'id')))) throw notFound();
    reply.setFlash({ kind: 'ok', key: 'accounts.tokens.revoked' });
    return reply.redirect('/profile', 303);
  });
}
