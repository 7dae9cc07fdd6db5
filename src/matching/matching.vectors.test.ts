// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cosine, idfWeights, type TermVector } from '../search/text/index.js';
import { aspectWeight, conceptWeight, expandWithNeighbours, termCounts, weightedVector } from './matching.vectors.js';

const vector = (weights: Record<string, number>): TermVector => ({ weights: new Map(Object.entries(weights)), labels: new Map(), partOf: new Map() });

describe('matching vectors', () => {
  it('weighs subject concepts above words and how-concepts below them', () => {
    const counts = termCounts('laadpal c0laadpaal c0avg laadpal');
    assert.equal(counts.get('laadpal'), 2);
    assert.equal(counts.get('c0laadpaal'), conceptWeight);
    assert.equal(counts.get('c0avg'), aspectWeight);
    assert.ok(aspectWeight < 1 && conceptWeight > 1);
  });

  it('pulls the source towards what its nearest candidates share (pseudo-relevance feedback)', () => {
    const source = vector({ laadpaal: 1, straat: 1 });
    const near = vector({ laadpaal: 1, oplaadpunt: 1 });
    const nearToo = vector({ laadpaal: 1, oplaadpunt: 1, wijk: 1 });
    const other = vector({ fiets: 1 });
    // Shares only the word the neighbours have in common with each other, not with the source.
    const lookAlike = vector({ oplaadpunt: 1 });
    assert.equal(cosine(source, lookAlike), 0);
    const candidates = [near, nearToo, other, lookAlike].map((candidate) => ({ vector: candidate, similarity: cosine(source, candidate) }));
    const expanded = expandWithNeighbours(source, candidates, { neighbours: 2, weight: 0.5 });
    assert.ok(cosine(expanded, lookAlike) > 0, 'the look-alike now scores');
    assert.equal(cosine(expanded, other), 0, 'an unrelated candidate gains nothing');
    assert.ok(cosine(expanded, near) > cosine(expanded, lookAlike), 'the source\'s own words still count most');
  });

  it('leaves the source unchanged without neighbours or weight', () => {
    const source = vector({ laadpaal: 1 });
    assert.equal(expandWithNeighbours(source, [{ vector: vector({ laadpaal: 1 }), similarity: 1 }], { neighbours: 0, weight: 0.5 }), source);
    assert.equal(expandWithNeighbours(source, [{ vector: vector({ fiets: 1 }), similarity: 0 }], { neighbours: 2, weight: 0.5 }), source, 'no candidate shares a term');
  });

  it('builds TF-IDF vectors from stored terms', () => {
    const idf = idfWeights(new Map([['laadpal', 1], ['wijk', 50]]), 100);
    const weighted = weightedVector(termCounts('laadpal wijk'), idf);
    assert.ok(weighted.weights.get('laadpal')! > weighted.weights.get('wijk')!);
  });
});
