// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, safeReturnPath, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { formWithError, parseAccountForm } from './account-forms.js';
import { signInSchema } from './accounts.schemas.js';
import { authFor } from './auth.js';
import { authErrorCode, authHeaders, forwardAuthCookies } from './auth-http.js';
import { throttleService } from './throttle.service.js';
import { SignInPage } from './views/sign-in-page.js';

type Body = Record<string, unknown> | undefined;

const credentialErrors = new Set(['INVALID_EMAIL_OR_PASSWORD', 'INVALID_EMAIL', 'INVALID_PASSWORD']);

/** GET/POST /sign-in and POST /sign-out, through better-auth's server API. */
export function registerSignInRoutes(app: FastifyInstance, context: AppContext): void {
  const auth = authFor(context);
  const throttle = throttleService(context);

  const render = (request: FastifyRequest, reply: FastifyReply, form: FormState, returnTo: string, status = 200) =>
    sendPage(reply, <SignInPage ctx={pageContext(request, reply)} form={form} returnTo={returnTo} />, status);

  app.get('/sign-in', async (request, reply) => {
    const returnTo = safeReturnPath((request.query as Record<string, unknown>).return, '/');
    if (request.currentUser) return reply.redirect(returnTo, 303);
    return render(request, reply, emptyForm, returnTo);
  });

  app.post('/sign-in', async (request, reply) => {
    const body = request.body as Body;
    const { t } = request;
    const returnTo = safeReturnPath(body?.return, '/');
    const parsed = parseAccountForm(signInSchema, body, t);
    if (!parsed.ok) return render(request, reply, parsed.form, returnTo, 422);
    const { email, password } = parsed.data;
    const ip = request.ip;
    if ((await throttle.isBlocked('signInFailures', email, ip)) || (await throttle.isBlocked('signInFailuresPerIp', ip))) {
      return render(request, reply, formWithError(body, 'password', t('accounts.validation.tooManySignIns')), returnTo, 429);
    }
    try {
      const result = await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers: authHeaders(request), returnHeaders: true });
      forwardAuthCookies(reply, result.headers);
    } catch (error) {
      if (!credentialErrors.has(authErrorCode(error) ?? '')) throw error;
      await throttle.record('signInFailures', email, ip);
      await throttle.record('signInFailuresPerIp', ip);
      return render(request, reply, formWithError(body, 'password', t('accounts.validation.wrongCredentials')), returnTo, 401);
    }
    await throttle.clear('signInFailures', email, ip);
    reply.setFlash({ kind: 'ok', key: 'accounts.signIn.welcome' });
    return reply.redirect(returnTo, 303);
  });

  app.post('/sign-out', async (request, reply) => {
    // Also clears a stale or foreign cookie, so signing out always leaves the browser signed out.
    const result = await auth.api.signOut({ headers: authHeaders(request), returnHeaders: true });
    forwardAuthCookies(reply, result.headers);
    reply.setFlash({ kind: 'ok', key: 'accounts.signOut.done' });
    return reply.redirect('/', 303);
  });
}
