// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../platform/i18n.js';
import type { RatingMark } from '../paradox.service.js';

/** How a person's mark is labelled: their name if they opted in, "you" for the viewer, else a numbered member. */
export function markLabel(t: Translate, mark: RatingMark, index: number, viewerId: string | undefined): string {
  const base = mark.name ?? t('paradox.page.memberLabel', { number: index + 1 });
  return mark.userId === viewerId ? `${base} (${t('paradox.page.you')})` : base;
}

/** A signed shift with one decimal, e.g. "+0.5", "−1.0", "0.0". */
export function formatShift(value: number, locale: string): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Math.abs(rounded).toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

/** A mean with one decimal in the page's language. */
export function formatMean(value: number, locale: string): string {
  return value.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A date in words in the page's language ("22 november 2026"). */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(date);
}
