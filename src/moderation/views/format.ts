// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from '../../platform/i18n.js';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A stored ISO timestamp as a date and time in the Netherlands, written the reader's way. */
export function formatDateTime(iso: string, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
    formatters.set(locale, formatter);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}
