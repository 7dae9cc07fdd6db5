// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientIpHeader } from './auth.js';

/**
 * Glue between our server-rendered forms and better-auth's server API (auth.api.*): we pass it the request's
 * cookies and client address, and copy the cookies it sets onto our reply. better-auth's own HTTP handler is
 * not mounted (ADR 0002).
 */

/** The headers better-auth needs from this request: the session cookie, the browser and the client address. */
export function authHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  if (request.headers.cookie) headers.set('cookie', request.headers.cookie);
  const userAgent = request.headers['user-agent'];
  if (userAgent) headers.set('user-agent', userAgent);
  headers.set(clientIpHeader, request.ip);
  return headers;
}

/** Copies the cookies better-auth set (session token, expiry on sign-out) onto our reply. */
export function forwardAuthCookies(reply: FastifyReply, headers: Headers | undefined): void {
  const cookies = headers?.getSetCookie() ?? [];
  // Fastify appends to set-cookie headers already on the reply; @fastify/cookie adds its own (CSRF, flash) on send.
  if (cookies.length > 0) reply.header('set-cookie', cookies);
}

/** The stable error code of a better-auth APIError (`INVALID_EMAIL_OR_PASSWORD` …), or undefined for anything else. */
export function authErrorCode(error: unknown): string | undefined {
  if (!error || typeof error !== 'object' || !('body' in error)) return undefined;
  const body = (error as { body?: unknown }).body;
  if (body && typeof body === 'object' && 'code' in body && typeof body.code === 'string') return body.code;
  return undefined;
}

/**
 * The session token inside better-auth's signed session cookie (`token.signature`, HMAC-SHA256 with the auth
 * secret, as better-call signs it), or undefined when the signature does not match.
 */
export function unsignSessionCookie(value: string, secret: string): string | undefined {
  const dot = value.lastIndexOf('.');
  if (dot < 1) return undefined;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = crypto.createHmac('sha256', secret).update(token).digest();
  return signature.length === expected.length && crypto.timingSafeEqual(signature, expected) ? token : undefined;
}
