// SPDX-License-Identifier: EUPL-1.2

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

export interface Messages {
  [key: string]: string | Messages;
}

/** A module's texts in both languages. Dutch is the source; English must have the same keys (a test checks). */
export interface MessageBundle {
  nl: Messages;
  en: Messages;
}

export type TranslationParams = Record<string, string | number>;
/** Translates a key. With a numeric `count` parameter it picks `key.one` / `key.other` by the language's plural rules. */
export type Translate = (key: string, params?: TranslationParams) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function flatten(messages: Messages, prefix: string, into: Map<string, string>): void {
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      if (into.has(full)) throw new Error(`Message key defined twice: ${full}`);
      into.set(full, value);
    } else flatten(value, full, into);
  }
}

export interface I18n {
  translator(locale: Locale): Translate;
  has(locale: Locale, key: string): boolean;
  keys(locale: Locale): string[];
}

/** Builds the translator from every module's bundle. Missing keys show as the key itself, so they are easy to spot. */
export function createI18n(bundles: MessageBundle[]): I18n {
  const tables = new Map<Locale, Map<string, string>>();
  for (const locale of locales) {
    const table = new Map<string, string>();
    for (const bundle of bundles) flatten(bundle[locale], '', table);
    tables.set(locale, table);
  }
  const cache = new Map<Locale, Translate>();
  const translator = (locale: Locale): Translate => {
    const cached = cache.get(locale);
    if (cached) return cached;
    const table = tables.get(locale)!;
    const plural = new Intl.PluralRules(locale);
    const translate: Translate = (key, params) => {
      let template = table.get(key);
      if (template === undefined && params && typeof params.count === 'number') {
        template = table.get(`${key}.${plural.select(params.count)}`) ?? table.get(`${key}.other`);
      }
      if (template === undefined) return key;
      if (!params) return template;
      return template.replace(/\{(\w+)\}/g, (match, name: string) =>
        params[name] === undefined ? match : String(params[name]),
      );
    };
    cache.set(locale, translate);
    return translate;
  };
  return {
    translator,
    has: (locale, key) => tables.get(locale)!.has(key),
    keys: (locale) => [...tables.get(locale)!.keys()],
  };
}

/** Picks the language: an explicit choice (cookie) wins, then the browser's Accept-Language, then Dutch. */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
}
