// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paradoxChartSvg, type ParadoxChartInput } from './paradox-chart.js';

const input: ParadoxChartInput = {
  title: 'Plot <ronde 1>',
  description: 'Beschrijving',
  axes: ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
  people: [
    { label: '<script>alert(1)</script>', values: [1, 2, 3, 4, 5, 1, 2] },
    { label: 'Teamlid 2', values: [5, 5, 5, 5, 5, 5, 5] },
  ],
  mean: [3, 3.5, 4, 4.5, 5, 3, 3.5],
  previousMean: null,
  diverging: [0],
  legend: { person: 'Teamlid', mean: 'Gemiddelde', previous: 'Vorige', rings: 'Midden = 1' },
};

describe('paradoxChartSvg', () => {
  it('draws seven axes, one dot per person per axis and the mean as a closed path', () => {
    const svg = paradoxChartSvg(input);
    assert.equal((svg.match(/class="ps-paradox-chart__spoke"/g) ?? []).length, 7);
    assert.equal((svg.match(/<circle[^>]*class="ps-paradox-chart__person"><title>/g) ?? []).length, 14);
    // The first axis points straight up; a 5 lies on the rim (radius 170), a mean of 3 at 3/5 of it.
    assert.match(svg, /<path d="M0,-102L[^"]+Z" class="ps-paradox-chart__mean"\/>/);
    assert.match(svg, /Teamlid 2: 5/);
    assert.doesNotMatch(svg, /ps-paradox-chart__previous/);
  });

  it('escapes every text, marks diverging axes with a sign and draws the previous mean dashed when given', () => {
    const svg = paradoxChartSvg({ ...input, previousMean: [1, 1, 1, 1, 1, 1, 1] });
    assert.doesNotMatch(svg, /<script>/);
    // escapeHtml escapes < & and " (enough for text and attributes: no tag can open).
    assert.match(svg, /&lt;script>alert\(1\)&lt;\/script>: 1/);
    assert.match(svg, /<title id="paradox-chart-title">Plot &lt;ronde 1><\/title>/);
    assert.match(svg, />A !<\/text>/);
    assert.match(svg, />B<\/text>/);
    assert.equal((svg.match(/class="ps-paradox-chart__previous"/g) ?? []).length, 2);
  });
});
