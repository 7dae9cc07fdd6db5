// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isStopword, normalise, stem, tokenize } from './index.js';

describe('normalise', () => {
  it('lowercases, folds diacritics and strips punctuation', () => {
    assert.equal(normalise('Café Zoë: Financiële problemen!'), 'cafe zoe financiele problemen');
    assert.equal(normalise('Reïntegratie, coöperatie; ideeën?'), 'reintegratie cooperatie ideeen');
  });

  it('unifies apostrophes and drops the plural/genitive \u2019s', () => {
    assert.equal(normalise('E-auto’s en taxi`s'), 'e-auto en taxi');
    assert.equal(normalise("e-auto's"), 'e-auto');
    assert.equal(normalise("BOA's"), 'boa');
  });

  it('keeps inner hyphens (any Unicode hyphen) but not dashes used as punctuation', () => {
    assert.equal(normalise('Wmo\u2011consulent \u2013 gesprek'), 'wmo-consulent gesprek');
    assert.equal(normalise('zorg- en welzijn'), 'zorg en welzijn');
    assert.equal(normalise('--'), '');
  });

  it('joins words broken by soft hyphens and drops contractions instead of inventing words', () => {
    assert.equal(normalise('laad\u00ADpaal'), 'laadpaal');
    assert.deepEqual(tokenize("zo'n plan, m'n buurt"), ['plan', 'buurt']);
  });

  it('handles empty and symbol-only text', () => {
    assert.equal(normalise(''), '');
    assert.deepEqual(tokenize('"*:&|!()'), []);
  });

  it('folds letters that Unicode does not decompose', () => {
    assert.equal(normalise('Øresund Straße'), 'oresund strasse');
  });
});

describe('stopwords', () => {
  it('recognises function words but not municipal content words', () => {
    for (const word of ['de', 'het', 'een', 'van', 'voor', 'zijn', 'the']) assert.ok(isStopword(word), word);
    for (const word of ['gemeente', 'zorg', 'werk', 'wet', 'pilot']) assert.ok(!isStopword(word), word);
  });
});

describe('stem', () => {
  it('gives singular and plural the same stem', () => {
    const pairs: [string, string][] = [
      ['laadpaal', 'laadpalen'], ['fiets', 'fietsen'], ['mens', 'mensen'], ['huis', 'huizen'],
      ['brief', 'brieven'], ['grondstof', 'grondstoffen'], ['gemeente', 'gemeentes'], ['gemeente', 'gemeenten'],
      ['sociaal', 'sociale'], ['school', 'scholen'], ['gegeven', 'gegevens'], ['deelfiets', 'deelfietsen'],
      ['woning', 'woningen'], ['wijkteam', 'wijkteams'],
    ];
    for (const [one, many] of pairs) assert.equal(stem(one), stem(many), `${one} / ${many}`);
  });

  it('keeps elderly and parents apart', () => {
    assert.notEqual(stem('ouderen'), stem('ouders'));
    assert.equal(stem('ouderen'), stem('oudere'));
  });

  it('leaves abbreviations and codes alone', () => {
    assert.equal(stem('wmo'), 'wmo');
    assert.equal(stem('co2'), 'co2');
    assert.equal(stem('5g'), '5g');
  });

  it('is deterministic across calls (cache)', () => {
    assert.equal(stem('uitkeringen'), stem('uitkeringen'));
    assert.equal(stem('uitkeringen'), stem('uitkering'));
  });
});
