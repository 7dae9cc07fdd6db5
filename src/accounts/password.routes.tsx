// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm } from '../platform/views/form-components.js';
import { formWithError, parseAccountForm } from './account-forms.js';
import { forgotPasswordSchema, resetPasswordSchema } from './accounts.schemas.js';
import { authFor } from './auth.js';
import { authErrorCode } from './auth-http.js';
import { throttleService } from './throttle.service.js';
import { ForgotPasswordPage, ResetLinkSentPage, ResetPasswordPage } from './views/password-pages.js';

type Body = Record<string, unknown> | undefined;

/** Forgot password → e-mail with a link → choose a new password (which signs out every session). */
export function registerPasswordRoutes(app: FastifyInstance, context: AppContext): void {
  const auth = authFor(context);
  const throttle = throttleService(context);

  app.get('/forgot-password', async (request, reply) => sendPage(reply, <ForgotPasswordPage ctx={pageContext(request, reply)} form={emptyForm} />));

  app.post('/forgot-password', async (request, reply) => {
    const body = request.body as Body;
    const { t } = request;
    const parsed = parseAccountForm(forgotPasswordSchema, body, t);
    if (!parsed.ok) return sendPage(reply, <ForgotPasswordPage ctx={pageContext(request, reply)} form={parsed.form} />, 422);
    const { email } = parsed.data;
    // Counted per address whether or not it has an account, so a refusal tells nothing about who is a member.
    const allowed = (await throttle.consume('resetMailsPerAddress', email)) && (await throttle.consume('resetMailsPerIp', request.ip));
    if (!allowed) {
      const form = formWithError(body, 'email', t('accounts.validation.tooManyRequests'));
      return sendPage(reply, <ForgotPasswordPage ctx={pageContext(request, reply)} form={form} />, 429);
    }
    await auth.api.requestPasswordReset({ body: { email } });
    return reply.redirect('/forgot-password/sent', 303);
  });

  app.get('/forgot-password/sent', async (request, reply) => sendPage(reply, <ResetLinkSentPage ctx={pageContext(request, reply)} />));

  app.get('/reset-password', async (request, reply) => {
    const { token } = request.query as { token?: unknown };
    const ctx = pageContext(request, reply);
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) {
      const form = formWithError({}, 'token', request.t('accounts.validation.invalidResetLink'));
      return sendPage(reply, <ResetPasswordPage ctx={ctx} form={form} token="" />, 400);
    }
    return sendPage(reply, <ResetPasswordPage ctx={ctx} form={emptyForm} token={token} />);
  });

  app.post('/reset-password', async (request, reply) => {
    const body = request.body as Body;
    const { t } = request;
    const token = typeof body?.token === 'string' ? body.token : '';
    const parsed = parseAccountForm(resetPasswordSchema, body, t);
    if (!parsed.ok) return sendPage(reply, <ResetPasswordPage ctx={pageContext(request, reply)} form={parsed.form} token={token} />, 422);
    try {
      await auth.api.resetPassword({ body: { token: parsed.data.token, newPassword: parsed.data.password } });
    } catch (error) {
      if (!['INVALID_TOKEN', 'USER_NOT_FOUND'].includes(authErrorCode(error) ?? '')) throw error;
      const form = formWithError(body, 'token', t('accounts.validation.invalidResetLink'));
      return sendPage(reply, <ResetPasswordPage ctx={pageContext(request, reply)} form={form} token="" />, 422);
    }
    reply.setFlash({ kind: 'ok', key: 'accounts.reset.done' });
    return reply.redirect('/sign-in', 303);
  });
}
