// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { accountsService, type AccountUser } from './accounts.service.js';
import { authFor } from './auth.js';
import { authHeaders, forwardAuthCookies, unsignSessionCookie } from './auth-http.js';

const toCurrentUser = ({ id, name, email, emailVerified, role, organisation }: AccountUser): CurrentUser => ({
  id,
  name,
  email,
  emailVerified,
  role,
  organisation,
});

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Fills request.currentUser on every request, on the root app.
 * Pages: from better-auth's session cookie, read with one indexed query (session ⋈ user ⟕ organisation) rather than
 * better-auth's getSession, which takes several. The cookie cache is not used: a role change or sign-out must
 * hold at once on every instance. Once a day a session is handed to better-auth to extend it.
 * API (`/api/…`): only from a bearer token. Cookies are ignored there because the API has no CSRF tokens.
 */
export async function registerCurrentUser(app: FastifyInstance, context: AppContext): Promise<void> {
  const auth = authFor(context);
  const authContext = await auth.$context;
  const cookieName = authContext.authCookies.sessionToken.name;
  const { expiresIn, updateAge } = authContext.sessionConfig;
  const accounts = accountsService(context);

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      const token = bearerToken(request);
      request.currentUser = token ? await accounts.authenticateApiToken(token) : null;
      return;
    }
    const raw = request.cookies[cookieName];
    const token = raw ? unsignSessionCookie(raw, context.config.authSecret) : undefined;
    if (!token) return;
    const found = await accounts.sessionUser(token);
    const now = Date.now();
    if (!found || found.expiresAt.getTime() <= now) return;
    request.currentUser = toCurrentUser(found.user);
    // Same rule as better-auth: extend a session once `updateAge` has passed since it was last extended.
    if (found.expiresAt.getTime() - expiresIn * 1000 + updateAge * 1000 <= now) {
      const refreshed = await auth.api.getSession({ headers: authHeaders(request), returnHeaders: true });
      forwardAuthCookies(reply, refreshed.headers);
    }
  });
}
