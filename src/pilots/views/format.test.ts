// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate } from './format.js';

describe('formatDate', () => {
  it('keeps each language its own format when the formatters are reused', () => {
    // Alternating languages: a cache keyed wrongly would give the first language's format to the second.
    assert.equal(formatDate('2026-03-01', 'nl'), '1 maart 2026');
    assert.equal(formatDate('2026-03-01', 'en'), '1 March 2026');
    assert.equal(formatDate('2026-03-01', 'nl'), '1 maart 2026');
  });

  it('formats timestamps in Dutch time and leaves what is not a date as it is', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    assert.equal(formatDate('2026-12-31T23:30:00.000Z', 'en'), '1 January 2027');
    assert.equal(formatDate('not a date', 'nl'), 'not a date');
  });
});
