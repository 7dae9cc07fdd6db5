// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitCompound, stem } from './index.js';
import { MIN_PART_LENGTH, baseWords, lexiconStats, lexiconWords } from './lexicon/index.js';
import { isStopword } from './stopwords.js';

describe('splitCompound', () => {
  it('splits the examples of the product owner', () => {
    assert.deepEqual(splitCompound('snellaadpalen'), ['snel', 'laadpalen']);
    assert.deepEqual(splitCompound('laadinfrastructuur'), ['laad', 'infrastructuur']);
    assert.deepEqual(splitCompound('bijstandsuitkering'), ['bijstand', 'uitkering']);
    assert.deepEqual(splitCompound('afvalinzameling'), ['afval', 'inzameling']);
    assert.deepEqual(splitCompound('wijkteam'), ['wijk', 'team']);
  });

  it('removes linking morphemes -s-, -e-, -en- from front parts', () => {
    assert.deepEqual(splitCompound('omgevingsvergunning'), ['omgeving', 'vergunning']);
    assert.deepEqual(splitCompound('zonnepanelen'), ['zon', 'panelen']);
    assert.deepEqual(splitCompound('ouderenzorg'), ['ouderen', 'zorg']);
    assert.deepEqual(splitCompound('kinderopvang'), ['kind', 'opvang']);
    assert.deepEqual(splitCompound('gezondheidszorg'), ['gezondheid', 'zorg']);
  });

  it('prefers the fewest, longest parts', () => {
    // "snel + laad + palen" is also possible; two parts win.
    assert.equal(splitCompound('snellaadpalen').length, 2);
    assert.deepEqual(splitCompound('aardgasvrij'), ['aardgas', 'vrij']);
    assert.deepEqual(splitCompound('schuldhulpverlening'), ['schuld', 'hulpverlening']);
  });

  it('never produces fragments shorter than three letters', () => {
    for (const word of ['oplaadpunten', 'bijstandsuitkering', 'inloopspreekuur', 'buurtsportcoach', 'dagbesteding']) {
      const parts = splitCompound(word);
      assert.ok(parts.length > 1, word);
      for (const part of parts) assert.ok(part.length >= MIN_PART_LENGTH, `${word}: ${part}`);
    }
  });

  it('leaves plain words, derivations and lexicalised compounds whole', () => {
    for (const word of ['gemeente', 'duurzaamheid', 'toegankelijkheid', 'belangrijk', 'eigenaarschap',
      'wethouder', 'samenwerking', 'organisatie', 'amsterdam', 'rotterdam', 'huishoudelijk', 'beleid']) {
      assert.deepEqual(splitCompound(word), [word], word);
    }
  });

  it('keeps the known head when the front is not in the lexicon', () => {
    assert.deepEqual(splitCompound('invalideparkeerplaatsen'), ['invalide', 'parkeerplaatsen']);
    assert.deepEqual(splitCompound('xyzwlaadpalen'), ['xyzw', 'laadpalen']);
    assert.deepEqual(splitCompound('abcfiets'), ['abcfiets'], 'an unknown front shorter than four letters is an affix');
  });

  it('splits hyphenated words at the hyphen and folds input', () => {
    assert.deepEqual(splitCompound('Wmo-consulent'), ['wmo', 'consulent']);
    assert.deepEqual(splitCompound('e-auto'), ['eauto']);
    assert.deepEqual(splitCompound('co2-uitstoot'), ['co2', 'uitstoot']);
    assert.deepEqual(splitCompound('Snellaadpalen'), ['snel', 'laadpalen']);
  });

  it('keeps the inflected head recognisable by its stem', () => {
    const parts = splitCompound('snellaadpalen');
    assert.equal(stem(parts[1] ?? ''), stem('laadpaal'));
  });
});

describe('lexicon', () => {
  it('has a few thousand words', () => {
    const stats = lexiconStats();
    assert.ok(stats.handWords >= 2500, `hand-written words: ${stats.handWords}`);
    assert.ok(stats.words >= 3000, `all words: ${stats.words}`);
  });

  it('contains only normalised, usable words', () => {
    for (const word of lexiconWords()) {
      assert.match(word, /^[a-z]+$/);
      assert.ok(word.length >= MIN_PART_LENGTH && !isStopword(word), word);
    }
  });

  it('writes hand-written words in their base form (no -s plural of another entry)', () => {
    // Words ending in consonant + s are trusted by the stemmer as having a root s ("fiets"); a plural there
    // would break singular/plural matching.
    const all = lexiconWords();
    for (const word of baseWords()) {
      if (/[^aeiouj]s$/.test(word)) assert.ok(!all.has(word.slice(0, -1)), `${word} looks like a plural`);
    }
  });
});
