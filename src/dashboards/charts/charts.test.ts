// SPDX-License-Identifier: EUPL-1.2
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { barChartSvg } from './bar-chart.js';
import { funnelChartSvg } from './funnel-chart.js';
import { lineChartSvg } from './line-chart.js';

const text = { id: 'c', title: 'Titel <b>', description: 'Uitleg & meer' };

describe('dashboard charts', () => {
  it('name the SVG by its own title and description, escaped', () => {
    const svg = barChartSvg({ ...text, bars: [{ label: '<script>x</script>', value: 3 }] });
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="c-title c-desc">/);
    assert.match(svg, /<title id="c-title">Titel &lt;b><\/title><desc id="c-desc">Uitleg &amp; meer<\/desc>/);
    assert.doesNotMatch(svg, /<script>/);
  });

  it('draws bars proportional to their values, with the value written as text', () => {
    const svg = barChartSvg({ ...text, bars: [{ label: 'A', value: 10 }, { label: 'B', value: 5 }] });
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    assert.equal(widths.length, 2);
    assert.ok(Math.abs(widths[0]! - 2 * widths[1]!) < 0.2, `widths ${widths.join(', ')}`);
    assert.match(svg, /class="ps-chart__value">10<\/text>/);
  });

  it('places dots on a fixed scale between two named poles', () => {
    const svg = barChartSvg({ ...text, mark: 'dot', scale: { min: 1, max: 5, minLabel: 'intern', maxLabel: 'extern' }, bars: [{ label: 'P', value: 1 }, { label: 'Q', value: 5 }] });
    const xs = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].map((match) => Number(match[1]));
    assert.deepEqual(xs, [250, 570]);
    assert.match(svg, />intern<\/text>/);
  });

  it('widens funnel steps with their values and labels each step', () => {
    const svg = funnelChartSvg({ ...text, steps: [{ name: 'Idee', value: 4, label: '4 bereikt' }, { name: 'Ontwikkeling', value: 2, label: '2 bereikt' }] });
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    assert.ok(Math.abs(widths[0]! - 2 * widths[1]!) < 0.2, `widths ${widths.join(', ')}`);
    assert.match(svg, />Ontwikkeling<\/text>/);
  });

  it('tells line series apart by pattern and marker shape, not colour alone', () => {
    const svg = lineChartSvg({ ...text, categories: ['jan', 'feb'], series: [{ label: 'Een', values: [1, 2] }, { label: 'Twee', values: [2, 0] }, { label: 'Drie', values: [0, 1] }] });
    for (const style of ['solid', 'dashed', 'dotted']) assert.match(svg, new RegExp(`ps-chart__line--${style}`));
    assert.equal((svg.match(/<circle /g) ?? []).length, 3);
    assert.equal((svg.match(/<rect /g) ?? []).length, 3);
    assert.match(svg, /<title>Twee, feb: 0<\/title>/);
  });
});
