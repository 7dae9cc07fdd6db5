// SPDX-License-Identifier: EUPL-1.2
import { safeReturnPath } from '../platform/http.js';

/**
 * Where a new member goes after confirming their address. Someone invited to a pilot team signs up from the
 * invitation page (/sign-up?return=/invitations/…); that path travels to better-auth as the sign-up's
 * `callbackURL`, which puts it in the URL it hands the mail callback. We build our own confirmation link and
 * carry the path on as `return`, so it survives the link being opened in another browser.
 */
export function verificationLink(baseUrl: string, token: string, betterAuthUrl?: string): string {
  const link = `${baseUrl}/verify-email?token=${encodeURIComponent(token)}`;
  const callback = betterAuthUrl ? new URL(betterAuthUrl, baseUrl).searchParams.get('callbackURL') : null;
  const returnTo = safeReturnPath(callback, '/');
  return returnTo === '/' ? link : `${link}&return=${encodeURIComponent(returnTo)}`;
}
