// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from '../../platform/i18n.js';

// Building an Intl.DateTimeFormat loads locale data and costs far more than formatting with it; a page formats
// dozens of dates, so one formatter per language is kept for the life of the process (they hold no state).
const longDateFormats = new Map<Locale, Intl.DateTimeFormat>();

function longDateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = longDateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
    longDateFormats.set(locale, format);
  }
  return format;
}

/** "2026-03-01" or an ISO timestamp as a long date in the reader's language, in Dutch time. */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return longDateFormat(locale).format(date);
}

/** Splits a long text into paragraphs at blank lines; single line breaks stay (CSS keeps them visible). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}
