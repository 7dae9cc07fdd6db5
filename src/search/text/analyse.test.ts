// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText, conceptToken, conceptsInText, indexTerms, indexText, queryTerms, stem } from './index.js';

const shared = (a: readonly string[], b: readonly string[]): string[] => a.filter((term) => b.includes(term));

/** True when a document's index terms satisfy a query: every group has a term in the document. */
function matches(documentText: string, query: string): boolean {
  const terms = new Set(indexTerms(documentText));
  const groups = queryTerms(query);
  return groups.length > 0 && groups.every((group) => group.some((term) => terms.has(term)));
}

describe('indexTerms', () => {
  it('indexes compound parts so "laadpaal" finds "snellaadpalen"', () => {
    const terms = indexTerms('Snellaadpalen in de wijk');
    const query = queryTerms('laadpaal').flat();
    assert.ok(shared(terms, query).length > 0);
    assert.ok(terms.includes(stem('laadpaal')));
    assert.ok(matches('Snellaadpalen in de wijk', 'laadpaal'));
    assert.ok(matches('Plaatsing van laadpalen', 'laadpaal'));
  });

  it('removes stopwords', () => {
    const terms = indexTerms('de het een van voor met en of');
    assert.deepEqual(terms, []);
    const some = indexTerms('De gemeente en de bewoners');
    assert.deepEqual(some, [stem('gemeente'), stem('bewoners')]);
  });

  it('adds concept tokens for synonyms and abbreviations', () => {
    const laadpaal = conceptToken('c_laadpaal');
    assert.ok(indexTerms('laadpalen').includes(laadpaal));
    assert.ok(indexTerms('oplaadpunten').includes(laadpaal));
    assert.ok(indexTerms('laadinfrastructuur voor e-auto’s').includes(laadpaal));
    assert.ok(indexTerms('Wmo-consulent').includes(conceptToken('c_wmo')));
    assert.ok(indexTerms('De BRP-koppeling').includes(conceptToken('c_brp')));
    assert.ok(indexTerms('bijstandsuitkeringen').includes(conceptToken('c_participatiewet')));
  });

  it('matches multi-word surface forms as phrases, after normalisation and stemming', () => {
    const wmo = conceptToken('c_wmo');
    assert.ok(indexTerms('De Wet Maatschappelijke Ondersteuning (2015)').includes(wmo));
    assert.ok(indexTerms('inwoners met financiële problemen').includes(conceptToken('c_schuldhulp')));
    assert.ok(indexTerms('wij willen E-auto’s laden in de wijk').includes(conceptToken('c_laadpaal')));
    // The same words not adjacent are not the phrase.
    assert.ok(!indexTerms('de wet en maatschappelijke ondersteuning').includes(wmo) ||
      indexTerms('maatschappelijke ondersteuning').includes(wmo));
    assert.ok(!indexTerms('problemen die financiële gevolgen hebben').includes(conceptToken('c_schuldhulp')));
  });

  it('lets the whole word decide the concept when it has one', () => {
    // "participatiewet" is about welfare, not about citizen participation.
    const terms = indexTerms('participatiewet');
    assert.ok(terms.includes(conceptToken('c_participatiewet')));
    assert.ok(!terms.includes(conceptToken('c_participatie')));
  });

  it('expands hyphenated words into the joined form and the parts', () => {
    const terms = indexTerms("e-auto's");
    assert.ok(terms.includes('eauto'));
    assert.ok(terms.includes('auto'));
    assert.ok(!terms.some((term) => term.includes('-')));
  });

  it('keeps duplicates across words for term frequency, not within one word', () => {
    const terms = indexTerms('laadpaal laadpaal');
    assert.equal(terms.filter((term) => term === conceptToken('c_laadpaal')).length, 2);
    const once = indexTerms('laadpaal');
    assert.equal(new Set(once).size, once.length);
  });

  it('produces only lowercase alphanumeric terms, safe for unicode61 and the simple parser', () => {
    const text = 'Ça va? Wmo_loket, e-mail: test@example.nl; https://x.nl/a?b=c 1.000 € CO₂-uitstoot ʼs-Hertogenbosch';
    for (const term of indexTerms(text)) assert.match(term, /^[\p{Ll}\p{N}]+$/u, term);
    assert.equal(indexText('laadpaal wijk'), indexTerms('laadpaal wijk').join(' '));
  });

  it('is deterministic', () => {
    const text = 'Slimme laadpleinen en deelauto’s voor de binnenstad van Utrecht';
    assert.deepEqual(indexTerms(text), indexTerms(text));
  });

  it('reports concepts and labels for the UI', () => {
    assert.deepEqual(conceptsInText('Laadpalen en parkeren'), ['c_laadpaal', 'c_parkeren']);
    const labels = analyseText('oplaadpunten').filter((t) => t.kind === 'concept').map((t) => t.label);
    assert.deepEqual(labels, ['laadpaal']);
  });
});

describe('search behaviour (index + query)', () => {
  const cases: [string, string][] = [
    ['Snellaadpalen in de wijk', 'laadpaal'],
    ['Plaatsing van oplaadpunten', 'laadpalen'],
    ['Laadinfrastructuur voor e-auto’s', 'laadpaal'],
    ['Een Wmo-consulent aan de keukentafel', 'wet maatschappelijke ondersteuning'],
    ['Aanpak van eenzaamheid onder ouderen', 'eenzame senioren'],
    ['Ondergrondse containers voor restafval', 'afvalinzameling'],
    ['Hulp bij schulden', 'schuldhulpverlening'],
    ['Inzameling van afval', 'afvalinzameling'],
    ['Fietsen parkeren bij het station', 'fiets'],
    ['Een nieuwe BOA in het centrum', 'handhaving'],
  ];
  for (const [document, query] of cases) {
    it(`"${query}" finds "${document}"`, () => assert.ok(matches(document, query)));
  }

  it('does not match unrelated text', () => {
    assert.ok(!matches('Nieuwe bomen in het park', 'laadpaal'));
    assert.ok(!matches('Schuldhulpverlening voor jongeren', 'parkeren'));
  });
});
