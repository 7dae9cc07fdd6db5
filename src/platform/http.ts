// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import csrf from '@fastify/csrf-protection';
import type { AppContext } from './module.js';
import { badRequest } from './errors.js';
import { containsNul } from './ids.js';
import type { CurrentUser } from './current-user.js';
import { defaultLocale, isLocale, negotiateLocale, type Locale, type Translate } from './i18n.js';
import type { Flash, PageContext } from './views/page-context.js';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    t: Translate;
    currentUser: CurrentUser | null;
    flash: Flash | null;
  }
  interface FastifyReply {
    setFlash(flash: Flash): void;
  }
}

const oneYear = 60 * 60 * 24 * 365;
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A return path is only followed when it stays on this site, so links cannot redirect visitors elsewhere. */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}

/** Cookies, form bodies, security headers with a strict CSP, CSRF, language and flash messages. */
export async function registerHttpBasics(app: FastifyInstance, context: AppContext): Promise<void> {
  const secure = context.config.baseUrl.startsWith('https://');
  await app.register(cookie, { secret: context.config.authSecret });
  await app.register(formbody);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
    // The API is read by other sites' scripts; pages are not framed anywhere.
    crossOriginResourcePolicy: { policy: 'same-site' },
    hsts: secure ? undefined : false,
  });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure },
    getToken: (request) => {
      const body = request.body as Record<string, unknown> | undefined;
      const fromBody = body && typeof body._csrf === 'string' ? body._csrf : undefined;
      return fromBody ?? (request.headers['x-csrf-token'] as string | undefined);
    },
  });

  app.decorateRequest('locale', defaultLocale);
  app.decorateRequest('t', null as unknown as Translate);
  app.decorateRequest('currentUser', null);
  app.decorateRequest('flash', null);
  app.decorateReply('setFlash', function (this: FastifyReply, flash: Flash) {
    this.setCookie('flash', JSON.stringify(flash), { path: '/', httpOnly: true, sameSite: 'lax', signed: true, secure, maxAge: 60 });
  });

  app.addHook('onRequest', async (request, reply) => {
    request.locale = negotiateLocale(request.cookies.lang, request.headers['accept-language']);
    request.t = context.i18n.translator(request.locale);
    const rawFlash = request.cookies.flash;
    if (rawFlash) {
      const unsigned = request.unsignCookie(rawFlash);
      reply.clearCookie('flash', { path: '/' });
      if (unsigned.valid && unsigned.value) {
        try {
          request.flash = JSON.parse(unsigned.value) as Flash;
        } catch {
          request.flash = null;
        }
      }
    }
  });

  // No text column can hold a NUL character (PostgreSQL refuses it): refuse it once here as bad input.
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.params) || containsNul(request.query) || containsNul(request.body)) throw badRequest();
  });

  // Every state-changing form post carries a CSRF token; the JSON API is authenticated by bearer tokens instead.
  app.addHook('preHandler', (request, reply, done) => {
    if (!unsafeMethods.has(request.method) || request.url.startsWith('/api/')) return done();
    app.csrfProtection(request, reply, done);
  });

  app.get('/language/:locale', async (request, reply) => {
    const { locale } = request.params as { locale: string };
    const target = safeReturnPath((request.query as Record<string, unknown>).return);
    if (isLocale(locale)) reply.setCookie('lang', locale, { path: '/', maxAge: oneYear, sameSite: 'lax', secure });
    return reply.redirect(target, 303);
  });
}

/** Replies whose page holds a CSRF token: such a page is personal and must never sit in a shared cache. */
const repliesWithToken = new WeakSet<FastifyReply>();

/**
 * The view context for this request. The CSRF token is made only when a form on the page asks for it, so a
 * page without forms sets no cookie and holds nothing personal, which lets a shared cache keep it.
 */
export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  let token: string | undefined;
  return {
    t: request.t,
    locale: request.locale,
    user: request.currentUser,
    url: request.url,
    flash: request.flash,
    get csrfToken() {
      if (token === undefined) {
        token = reply.generateCsrf();
        repliesWithToken.add(reply);
      }
      return token;
    },
  };
}

/**
 * Cache headers that fit who sees a page: a shared cache (nginx, a CDN) may keep a page for a minute only when
 * nobody is signed in, it holds no form token and no flash message, and it is a plain 200.
 */
export function setPageCacheHeaders(reply: FastifyReply, status: number): void {
  const request = reply.request;
  const shareable = !request.currentUser && status === 200 && !repliesWithToken.has(reply) && !request.cookies.flash;
  reply.header('cache-control', shareable ? 'public, max-age=60' : request.currentUser ? 'private, no-store' : 'no-cache');
  if (shareable) reply.header('vary', 'Cookie, Accept-Language');
}

/** Sends a rendered page with cache headers that fit who sees it. */
export async function sendPage(reply: FastifyReply, html: JSX.Element, status = 200): Promise<FastifyReply> {
  const body = await html;
  setPageCacheHeaders(reply, status);
  return reply.status(status).type('text/html; charset=utf-8').send(body);
}

/** True when the client wants JSON rather than a page. */
export function wantsJson(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/')) return true;
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}
