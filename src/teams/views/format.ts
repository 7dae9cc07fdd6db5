// SPDX-License-Identifier: EUPL-1.2
/** A date as "22 november 2026" in the page's language. */
export function formatDate(iso: string, locale: string): string {
  return new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
