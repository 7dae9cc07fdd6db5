// SPDX-License-Identifier: EUPL-1.2
import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';
import { fixed, svgFrame, text, type ChartText } from './chart-frame.js';

/** Series differ by line pattern and marker shape, never by colour alone (WCAG 1.4.1). */
export const seriesStyles = ['solid', 'dashed', 'dotted'] as const;
export type SeriesStyle = (typeof seriesStyles)[number];

export interface LineChartInput extends ChartText {
  /** The x categories in order (months), already formatted for display. */
  readonly categories: readonly string[];
  readonly series: readonly { readonly label: string; readonly values: readonly number[] }[];
  /** Fill the area under the first series (for a single count over time). */
  readonly areaUnderFirst?: boolean;
  /** Write every n-th category label on the axis; the table lists them all. */
  readonly labelEvery?: number;
}

const width = 640;
const margin = { top: 16, right: 20, bottom: 44, left: 56 };
const plotHeight = 220;

function marker(style: SeriesStyle, x: number, y: number, title: string): string {
  const t = `<title>${text(title)}</title>`;
  if (style === 'solid') return `<circle cx="${fixed(x)}" cy="${fixed(y)}" r="3.5" class="ps-chart__marker">${t}</circle>`;
  if (style === 'dashed') return `<rect x="${fixed(x - 3.5)}" y="${fixed(y - 3.5)}" width="7" height="7" class="ps-chart__marker">${t}</rect>`;
  return `<path d="M${fixed(x)},${fixed(y - 4.5)}L${fixed(x + 4.5)},${fixed(y + 3.5)}L${fixed(x - 4.5)},${fixed(y + 3.5)}Z" class="ps-chart__marker">${t}</path>`;
}

/** Counts over time: one line per series (with an optional area under the first), y axis with round ticks, legend. */
export function lineChartSvg(input: LineChartInput): string {
  const legendHeight = input.series.length * 22;
  const height = margin.top + plotHeight + margin.bottom + legendHeight;
  const x = scalePoint<number>().domain(input.categories.map((_c, index) => index)).range([margin.left, width - margin.right]);
  const max = Math.max(1, ...input.series.flatMap((series) => series.values));
  const y = scaleLinear().domain([0, max]).nice().range([margin.top + plotHeight, margin.top]);
  const ticks = y.ticks(5).filter((tick) => Number.isInteger(tick));
  const grid = ticks
    .map((tick) => `<line x1="${margin.left}" x2="${width - margin.right}" y1="${fixed(y(tick))}" y2="${fixed(y(tick))}" class="ps-chart__grid"/><text x="${margin.left - 8}" y="${fixed(y(tick) + 4)}" text-anchor="end" class="ps-chart__tick">${tick}</text>`)
    .join('');
  const every = input.labelEvery ?? 1;
  const xLabels = input.categories
    .map((category, index) => {
      const last = index === input.categories.length - 1;
      if (index % every !== 0 && !last) return '';
      // The outermost labels are anchored inwards so they are not cut off at the chart's edges.
      const anchor = index === 0 ? 'start' : last ? 'end' : 'middle';
      return `<text x="${fixed(x(index) ?? 0)}" y="${margin.top + plotHeight + 20}" text-anchor="${anchor}" class="ps-chart__tick">${text(category)}</text>`;
    })
    .join('');
  const xOf = (_value: number, index: number) => x(index) ?? 0;
  const series = input.series.map((entry, seriesIndex) => {
    const style = seriesStyles[seriesIndex % seriesStyles.length]!;
    const fill = seriesIndex === 0 && input.areaUnderFirst ? `<path d="${area<number>().x(xOf).y0(y(0)).y1((value) => y(value))(entry.values) ?? ''}" class="ps-chart__area"/>` : '';
    const path = `<path d="${line<number>().x(xOf).y((value) => y(value))(entry.values) ?? ''}" class="ps-chart__line ps-chart__line--${style}"/>`;
    const markers = entry.values.map((value, index) => marker(style, xOf(value, index), y(value), `${entry.label}, ${input.categories[index] ?? ''}: ${value}`)).join('');
    return `<g>${fill}${path}${markers}</g>`;
  });
  const legendTop = margin.top + plotHeight + margin.bottom;
  const legend = input.series
    .map((entry, index) => {
      const style = seriesStyles[index % seriesStyles.length]!;
      const rowY = legendTop + index * 22 + 8;
      return `<g><line x1="${margin.left}" x2="${margin.left + 34}" y1="${rowY}" y2="${rowY}" class="ps-chart__line ps-chart__line--${style}"/>${marker(style, margin.left + 17, rowY, entry.label)}<text x="${margin.left + 44}" y="${rowY + 4}" class="ps-chart__label">${text(entry.label)}</text></g>`;
    })
    .join('');
  const axes = `<line x1="${margin.left}" x2="${margin.left}" y1="${margin.top}" y2="${margin.top + plotHeight}" class="ps-chart__axis"/><line x1="${margin.left}" x2="${width - margin.right}" y1="${margin.top + plotHeight}" y2="${margin.top + plotHeight}" class="ps-chart__axis"/>`;
  return svgFrame(input, width, height, `${grid}${axes}${xLabels}${series.join('')}${legend}`);
}
