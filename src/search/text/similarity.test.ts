// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyIdf, cosine, documentFrequencies, explainOverlap, idfWeights, indexTerms, termVector,
} from './index.js';

const charging = { title: 'Laadpalen in woonwijken', body: 'We plaatsen laadpalen bij parkeerplaatsen in de wijk.' };
const chargingOtherWords = { title: 'Oplaadpunten voor elektrische auto’s', body: 'Laadinfrastructuur en parkeren.' };
const debt = { title: 'Schuldhulpverlening voor jongeren', body: 'Vroegsignalering van betalingsachterstanden.' };

describe('termVector', () => {
  it('weighs title terms above body terms', () => {
    const vector = termVector({ title: 'laadpaal', body: 'parkeren' });
    const laadpaal = vector.weights.get('laadpal') ?? 0;
    const parkeren = vector.weights.get('parker') ?? 0;
    assert.ok(laadpaal > parkeren, `${laadpaal} vs ${parkeren}`);
  });

  it('accepts plain text and custom weights', () => {
    const plain = termVector('laadpaal laadpaal');
    assert.equal(plain.weights.get('laadpal'), 2);
    const noBody = termVector({ title: 'laadpaal', body: 'parkeren' }, { fieldWeights: { title: 1, body: 0 } });
    assert.equal(noBody.weights.has('parker'), false);
  });
});

describe('cosine', () => {
  it('finds pilots about the same thing in different words', () => {
    const a = termVector(charging);
    const same = cosine(a, termVector(chargingOtherWords));
    const other = cosine(a, termVector(debt));
    assert.ok(same > 0.2, `same topic ${same}`);
    assert.ok(same > other * 3, `${same} vs ${other}`);
  });

  it('is 1 for identical, 0 for disjoint or empty vectors, and symmetric', () => {
    const a = termVector(charging);
    assert.ok(Math.abs(cosine(a, a) - 1) < 1e-9);
    assert.equal(cosine(a, termVector('')), 0);
    assert.equal(cosine(termVector('fiets'), termVector('bijstand')), 0);
    const b = termVector(debt);
    assert.equal(cosine(a, b), cosine(b, a));
  });
});

describe('idf', () => {
  const corpus = [charging, chargingOtherWords, debt, { title: 'Wijkteam in de wijk', body: 'Wijkgericht werken.' }];
  const df = documentFrequencies(corpus.map((doc) => indexTerms(`${doc.title} ${doc.body}`)));

  it('counts each term once per document', () => {
    assert.equal(df.get('c0laadpaal'), 2);
    assert.equal(df.get('c0schuldhulp'), 1);
  });

  it('gives rare terms more weight than common ones and stays positive', () => {
    const idf = idfWeights(df, corpus.length);
    const rare = idf.weights.get('c0schuldhulp') ?? 0;
    const common = idf.weights.get('c0laadpaal') ?? 0;
    assert.ok(rare > common && common > 0);
    assert.ok(idf.unseen > rare);
    const fromRecord = idfWeights(Object.fromEntries(df), corpus.length);
    assert.equal(fromRecord.weights.get('c0laadpaal'), common);
  });

  it('applies to vectors, directly or through termVector', () => {
    const idf = idfWeights(df, corpus.length);
    const direct = termVector(charging, { idf });
    const later = applyIdf(termVector(charging), idf);
    assert.deepEqual([...direct.weights], [...later.weights]);
    assert.ok(cosine(direct, termVector(chargingOtherWords, { idf })) > cosine(direct, termVector(debt, { idf })));
  });
});

describe('explainOverlap', () => {
  it('names the shared concepts with readable labels', () => {
    const shared = explainOverlap(termVector(charging), termVector(chargingOtherWords), 3);
    const labels = shared.map((entry) => entry.label);
    assert.ok(labels.includes('laadpaal'), labels.join(', '));
    assert.ok(labels.includes('parkeren'), labels.join(', '));
    assert.equal(shared[0]?.conceptId, 'c_laadpaal');
    assert.ok(shared.length <= 3);
    for (let i = 1; i < shared.length; i++) assert.ok((shared[i - 1]?.score ?? 0) >= (shared[i]?.score ?? 0));
  });

  it('folds words into their shared concept and returns nothing for unrelated pilots', () => {
    const shared = explainOverlap(termVector('laadpalen en laadpalen'), termVector('laadpalen'), 5);
    assert.deepEqual(shared.map((entry) => entry.label), ['laadpaal']);
    assert.deepEqual(explainOverlap(termVector(charging), termVector('bijstand'), 5), []);
  });
});
