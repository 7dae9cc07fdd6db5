// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { unauthenticated } from '../platform/errors.js';
import { pageContext, safeReturnPath, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { formWithError, parseAccountForm } from './account-forms.js';
import { accountsPolicy } from './accounts.policy.js';
import { signUpSchema } from './accounts.schemas.js';
import { accountsService } from './accounts.service.js';
import { authFor } from './auth.js';
import { authErrorCode, authHeaders, forwardAuthCookies } from './auth-http.js';
import { throttleService } from './throttle.service.js';
import { SignUpPage } from './views/sign-up-page.js';
import { CheckEmailPage, VerificationFailedPage } from './views/verification-pages.js';

type Body = Record<string, unknown> | undefined;

const invalidLinkErrors = new Set(['INVALID_TOKEN', 'TOKEN_EXPIRED', 'USER_NOT_FOUND']);

/** Sign-up, the "check your mail" page, the confirmation link and sending it again. */
export function registerSignUpRoutes(app: FastifyInstance, context: AppContext): void {
  const auth = authFor(context);
  const accounts = accountsService(context);
  const throttle = throttleService(context);

  /** `returnTo`: where to go once the address is confirmed ('' for the default), kept in the form as `return`. */
  const render = (request: FastifyRequest, reply: FastifyReply, form: FormState, askType: boolean, returnTo: string, status = 200) =>
    sendPage(reply, <SignUpPage ctx={pageContext(request, reply)} form={form} askType={askType} returnTo={returnTo} />, status);

  app.get('/sign-up', async (request, reply) => {
    const returnTo = safeReturnPath((request.query as Record<string, unknown>).return, '');
    if (request.currentUser) return reply.redirect(returnTo || '/profile', 303);
    return render(request, reply, emptyForm, false, returnTo);
  });

  app.post('/sign-up', async (request, reply) => {
    const body = request.body as Body;
    const { t } = request;
    const asked = body?.organisationAsked === '1';
    const returnTo = safeReturnPath(body?.return, '');
    const parsed = parseAccountForm(signUpSchema, body, t);
    if (!parsed.ok) return render(request, reply, parsed.form, asked, returnTo, 422);
    const input = parsed.data;
    if (!(await throttle.consume('signUpsPerIp', request.ip))) {
      return render(request, reply, formWithError(body, 'email', t('accounts.validation.tooManyRequests')), asked, returnTo, 429);
    }
    const emailTaken = () => render(request, reply, formWithError(body, 'email', t('accounts.validation.emailTaken')), asked, returnTo, 422);
    if (await accounts.findUserByEmail(input.email)) return emailTaken();
    const employer = await accounts.resolveEmployer(input.organisation, input.organisationType);
    if (!employer.ok) {
      const message = t('accounts.validation.unknownOrganisation', { name: input.organisation });
      return render(request, reply, formWithError(body, 'organisationType', message), true, returnTo, 422);
    }
    try {
      const result = await auth.api.signUpEmail({
        body: {
          name: input.name,
          email: input.email,
          password: input.password,
          organisationId: employer.organisationId,
          locale: request.locale,
          // better-auth passes this to the mail callback, which turns it into the link's `return` (sign-up-return.ts).
          ...(returnTo ? { callbackURL: returnTo } : {}),
        },
        headers: authHeaders(request),
        returnHeaders: true,
      });
      forwardAuthCookies(reply, result.headers);
    } catch (error) {
      if (authErrorCode(error) === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') return emailTaken();
      throw error;
    }
    return reply.redirect('/sign-up/check-email', 303);
  });

  app.get('/sign-up/check-email', async (request, reply) => {
    const user = request.currentUser;
    if (!user) return reply.redirect('/sign-in?return=%2Fsign-up%2Fcheck-email', 303);
    return sendPage(reply, <CheckEmailPage ctx={pageContext(request, reply)} email={user.email} />);
  });

  /** The link from the e-mail; `return` (set at sign-up, e.g. an invitation) is where it leads after confirming. */
  app.get('/verify-email', async (request, reply) => {
    const { token } = request.query as { token?: unknown };
    const failed = () => sendPage(reply, <VerificationFailedPage ctx={pageContext(request, reply)} />, 400);
    if (typeof token !== 'string' || token.length === 0 || token.length > 2000) return failed();
    try {
      const result = await auth.api.verifyEmail({ query: { token }, headers: authHeaders(request), returnHeaders: true });
      forwardAuthCookies(reply, result.headers);
    } catch (error) {
      if (invalidLinkErrors.has(authErrorCode(error) ?? '')) return failed();
      throw error;
    }
    reply.setFlash({ kind: 'ok', key: 'accounts.verify.done' });
    return reply.redirect(safeReturnPath((request.query as { return?: unknown }).return, '/'), 303);
  });

  app.post('/verify-email/resend', async (request, reply) => {
    const user = request.currentUser;
    if (!accountsPolicy.canEditOwnProfile(user)) throw unauthenticated();
    const returnTo = safeReturnPath((request.body as Body)?.return, '/profile');
    if (!accountsPolicy.needsEmailVerification(user)) {
      reply.setFlash({ kind: 'info', key: 'accounts.verify.alreadyVerified' });
    } else if (!(await throttle.consume('verificationMailsPerUser', user.id))) {
      reply.setFlash({ kind: 'warning', key: 'accounts.validation.tooManyRequests' });
    } else {
      await auth.api.sendVerificationEmail({ body: { email: user.email }, headers: authHeaders(request) });
      reply.setFlash({ kind: 'ok', key: 'accounts.verify.resent' });
    }
    return reply.redirect(returnTo, 303);
  });
}
