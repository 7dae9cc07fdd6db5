// SPDX-License-Identifier: EUPL-1.2
/**
 * Rendering term groups as database query strings. Both renderers are total: whatever the input, they return
 * either null (no usable term: apply no text filter) or a string the database parses without error.
 *
 * Safety does not depend on escaping alone: every term is first reduced to lowercase letters and digits, which
 * is all the analysers ever produce and all the index contains. No operator character, quote, colon, star,
 * parenthesis or keyword can survive that, and each term is then still quoted, so words like AND, OR, NOT and
 * NEAR are plain strings to FTS5.
 */
import { queryTerms, type QueryOptions } from './query.js';

/** A term longer than any indexed token cannot match; dropping it keeps hostile input from bloating queries. */
const MAX_TERM_LENGTH = 64;
const MAX_TERMS_PER_GROUP = 24;
const MAX_GROUPS = 64;
const NOT_WORD_CHAR = /[^\p{L}\p{N}]+/gu;

/** Reduces a term to lowercase letters/digits; empty or overlong results are dropped (null). */
function cleanTerm(term: string): string | null {
  const clean = term.toLowerCase().replace(NOT_WORD_CHAR, '');
  return clean.length > 0 && clean.length <= MAX_TERM_LENGTH ? clean : null;
}

/** Cleans, de-duplicates and bounds the groups; empty groups vanish. */
function cleanGroups(groups: readonly (readonly string[])[]): string[][] {
  const out: string[][] = [];
  for (const group of groups) {
    const terms = new Set<string>();
    for (const term of group) {
      const clean = cleanTerm(term);
      if (clean !== null && terms.size < MAX_TERMS_PER_GROUP) terms.add(clean);
    }
    if (terms.size > 0) out.push([...terms]);
    if (out.length >= MAX_GROUPS) break;
  }
  return out;
}

/**
 * Renders groups as an SQLite FTS5 MATCH expression: `("a" OR "b") AND "c"`. Terms are double-quoted strings
 * (an embedded quote would be doubled, but cleaning has removed every quote already). Returns null when no group
 * has a usable term.
 */
export function toFts5Match(groups: readonly (readonly string[])[]): string | null {
  const clean = cleanGroups(groups);
  if (clean.length === 0) return null;
  const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`;
  return clean
    .map((group) => (group.length === 1 ? quote(group[0] ?? '') : `(${group.map(quote).join(' OR ')})`))
    .join(' AND ');
}

/**
 * Renders groups as a PostgreSQL tsquery for `to_tsquery('simple', $1)`: `('a' | 'b') & 'c'`. Terms are
 * single-quoted lexemes (quotes doubled and backslashes escaped, though cleaning leaves neither). Pass it as a
 * bound parameter, never by string concatenation into SQL. Returns null when no group has a usable term.
 */
export function toTsQuery(groups: readonly (readonly string[])[]): string | null {
  const clean = cleanGroups(groups);
  if (clean.length === 0) return null;
  const quote = (term: string): string => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return clean
    .map((group) => (group.length === 1 ? quote(group[0] ?? '') : `(${group.map(quote).join(' | ')})`))
    .join(' & ');
}

/** queryTerms + toFts5Match in one step; null means "no text filter". */
export function fts5MatchForQuery(text: string, options?: QueryOptions): string | null {
  return toFts5Match(queryTerms(text, options));
}

/** queryTerms + toTsQuery in one step; null means "no text filter". */
export function tsQueryForQuery(text: string, options?: QueryOptions): string | null {
  return toTsQuery(queryTerms(text, options));
}
