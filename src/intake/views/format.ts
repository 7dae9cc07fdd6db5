// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from '../../platform/i18n.js';

/** An ISO timestamp as a long date in the reader's language, in Dutch time. */
export function longDate(value: string, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}
