// SPDX-License-Identifier: EUPL-1.2

/** Lower-case, without diacritics or punctuation: how names are compared ("Súdwest-Fryslân" → "sudwest fryslan"). */
export function nameKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A URL-safe slug ("'s-Hertogenbosch" → "s-hertogenbosch"), at most 80 characters. */
export function slugify(value: string): string {
  const slug = nameKey(value).replace(/ /g, '-').slice(0, 80).replace(/-+$/, '');
  return slug || 'item';
}
