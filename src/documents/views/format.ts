// SPDX-License-Identifier: EUPL-1.2
import type { Locale, Translate } from '../../platform/i18n.js';

const numberLocale = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** A file size in words a reader knows: bytes, kB or MB, with the locale's decimal sign. */
export function formatSize(bytes: number, t: Translate, locale: Locale): string {
  const format = (value: number) => new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return t('documents.size.bytes', { value: format(bytes) });
  if (bytes < 1024 * 1024) return t('documents.size.kilobytes', { value: format(bytes / 1024) });
  return t('documents.size.megabytes', { value: format(bytes / (1024 * 1024)) });
}

/** A stored ISO timestamp as a date in the Netherlands. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}
