// SPDX-License-Identifier: EUPL-1.2
import type { Locale, Translate } from '../i18n.js';
import type { CurrentUser } from '../current-user.js';

/** Everything a view needs about the request: texts, language, who is signed in and the form token. */
export interface PageContext {
  readonly t: Translate;
  readonly locale: Locale;
  readonly user: CurrentUser | null;
  readonly csrfToken: string;
  /** Path and query of the current request, for the language switch and sign-in return links. */
  readonly url: string;
  readonly flash: Flash | null;
}

export interface Flash {
  readonly kind: 'ok' | 'info' | 'warning' | 'error';
  /** An i18n key, translated when shown. */
  readonly key: string;
  readonly params?: Record<string, string | number>;
}
