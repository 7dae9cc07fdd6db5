// SPDX-License-Identifier: EUPL-1.2

/**
 * An expected failure with a stable code (used in JSON error bodies and as the i18n key `errors.<code>`),
 * an HTTP status, and whether it is worth reporting to operators.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    options: { message?: string; report?: boolean; details?: unknown } = {},
  ) {
    super(options.message ?? code);
    this.report = options.report ?? status >= 500;
    this.details = options.details;
  }
  readonly report: boolean;
  readonly details: unknown;
}

export const notFound = (what = 'not_found') => new AppError(what, 404);
export const forbidden = () => new AppError('forbidden', 403);
export const unauthenticated = () => new AppError('unauthenticated', 401);
export const badRequest = (code = 'bad_request', details?: unknown) => new AppError(code, 400, { details });
export const conflict = (code: string) => new AppError(code, 409);
