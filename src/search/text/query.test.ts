// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conceptToken, fts5MatchForQuery, queryTerms, stem, toFts5Match, toTsQuery, tsQueryForQuery } from './index.js';

const HOSTILE = [
  '', ' ', '"', '""', "'", "''", '*', ':', '&|!()', '(', ')', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(a b)', 'a:*',
  '\\', "\\'", '"laadpaal" OR', 'laadpaal*', 'title:laadpaal', '^laadpaal', '-laadpaal', '+laadpaal', '{a b}',
  "laadpaal' | 'x", 'laadpaal\u0000', '<->', '!!', 'de het een', '💡 laadpaal 🚗', 'a'.repeat(5000),
  Array.from({ length: 500 }, (_, i) => `woord${i}`).join(' '),
];

describe('queryTerms', () => {
  it('gives one group per simple word with its stem and concepts', () => {
    const groups = queryTerms('parkeren');
    assert.equal(groups.length, 1);
    assert.ok(groups[0]?.includes(stem('parkeren')));
    assert.ok(groups[0]?.includes(conceptToken('c_parkeren')));
  });

  it('gives a compound one group per part, each also accepting the whole word', () => {
    const groups = queryTerms('laadpaal');
    assert.equal(groups.length, 2);
    for (const group of groups) {
      assert.ok(group.includes(stem('laadpaal')));
      assert.ok(group.includes(conceptToken('c_laadpaal')));
    }
    assert.ok(groups[0]?.includes(stem('laad')));
    assert.ok(groups[1]?.includes(stem('paal')));
  });

  it('links synonyms and abbreviations through concepts', () => {
    const laadpalen = new Set(queryTerms('laadpalen').flat());
    const oplaadpunten = queryTerms('oplaadpunten').flat();
    assert.ok(oplaadpunten.some((term) => laadpalen.has(term) && term === conceptToken('c_laadpaal')));
    assert.ok(queryTerms('Wmo-consulent').flat().includes(conceptToken('c_wmo')));
    assert.ok(queryTerms('WOZ').flat().includes(conceptToken('c_woz')));
    assert.ok(queryTerms('avg').flat().includes(conceptToken('c_avg')));
  });

  it('adds a phrase concept to every word of the phrase', () => {
    const groups = queryTerms('basisregistratie personen');
    assert.ok(groups.length >= 2);
    for (const group of groups) assert.ok(group.includes(conceptToken('c_brp')));
  });

  it('can leave concepts out', () => {
    assert.ok(!queryTerms('laadpaal', { concepts: false }).flat().some((t) => t.startsWith('c0')));
  });

  it('returns no groups for stopwords only or empty input', () => {
    assert.deepEqual(queryTerms(''), []);
    assert.deepEqual(queryTerms('de het een van'), []);
  });

  it('bounds long input', () => {
    assert.ok(queryTerms(HOSTILE[HOSTILE.length - 1] ?? '').length <= 32);
  });
});

describe('rendering', () => {
  it('renders FTS5 and tsquery with AND between groups and OR within', () => {
    const groups = [['lad', 'c0laadpaal'], ['wijk']];
    assert.equal(toFts5Match(groups), '("lad" OR "c0laadpaal") AND "wijk"');
    assert.equal(toTsQuery(groups), "('lad' | 'c0laadpaal') & 'wijk'");
  });

  it('returns null when there is nothing to search for', () => {
    for (const text of ['', '   ', 'de het een', '"', '*', ':', '&|!()']) {
      assert.equal(fts5MatchForQuery(text), null, JSON.stringify(text));
      assert.equal(tsQueryForQuery(text), null, JSON.stringify(text));
    }
    assert.equal(toFts5Match([]), null);
    assert.equal(toFts5Match([[], ['"'], ['*:()']]), null);
    assert.equal(toTsQuery([['', "'"]]), null);
  });

  it('never lets operator characters or keywords through, from text or from raw groups', () => {
    const ftsShape = /^(\("[\p{L}\p{N}]+"( OR "[\p{L}\p{N}]+")*\)|"[\p{L}\p{N}]+")( AND (\("[\p{L}\p{N}]+"( OR "[\p{L}\p{N}]+")*\)|"[\p{L}\p{N}]+"))*$/u;
    const tsShape = /^(\('[\p{L}\p{N}]+'( \| '[\p{L}\p{N}]+')*\)|'[\p{L}\p{N}]+')( & (\('[\p{L}\p{N}]+'( \| '[\p{L}\p{N}]+')*\)|'[\p{L}\p{N}]+'))*$/u;
    for (const text of HOSTILE) {
      const fts = fts5MatchForQuery(text);
      const ts = tsQueryForQuery(text);
      if (fts !== null) assert.match(fts, ftsShape, text.slice(0, 40));
      if (ts !== null) assert.match(ts, tsShape, text.slice(0, 40));
      const raw = [[text, 'ok'], [text]];
      const rawFts = toFts5Match(raw);
      const rawTs = toTsQuery(raw);
      if (rawFts !== null) assert.match(rawFts, ftsShape, text.slice(0, 40));
      if (rawTs !== null) assert.match(rawTs, tsShape, text.slice(0, 40));
    }
    assert.equal(fts5MatchForQuery('AND'), null, 'English stopword');
    assert.equal(fts5MatchForQuery('NEAR'), '"near"');
  });

  it('is accepted by a real SQLite FTS5 for every hostile input', async (t) => {
    let Database: typeof import('better-sqlite3') | undefined;
    try {
      Database = (await import('better-sqlite3')).default;
    } catch {
      t.skip('better-sqlite3 not available');
      return;
    }
    const db = new Database(':memory:');
    try {
      db.exec("create virtual table docs using fts5(terms, tokenize='unicode61 remove_diacritics 2')");
      db.prepare('insert into docs(terms) values (?)').run('snellaadpal snel laadpal c0laadpaal wijk');
      const search = db.prepare('select count(*) as n from docs where docs match ?');
      for (const text of HOSTILE) {
        const expression = fts5MatchForQuery(text);
        if (expression !== null) assert.doesNotThrow(() => search.get(expression), text.slice(0, 40));
      }
      const hit = search.get(fts5MatchForQuery('laadpaal')) as { n: number };
      assert.equal(hit.n, 1);
    } finally {
      db.close();
    }
  });
});
