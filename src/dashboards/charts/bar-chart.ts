// SPDX-License-Identifier: EUPL-1.2
import { scaleBand, scaleLinear } from 'd3-scale';
import { clip, fixed, svgFrame, text, type ChartText } from './chart-frame.js';

export interface BarChartInput extends ChartText {
  readonly bars: readonly { readonly label: string; readonly value: number; readonly valueText?: string }[];
  /**
   * 'bar' draws a bar from zero; 'dot' draws a dot on a fixed scale (e.g. 1 to 5 between two named poles), for
   * positions rather than amounts.
   */
  readonly mark?: 'bar' | 'dot';
  readonly scale?: { readonly min: number; readonly max: number; readonly minLabel: string; readonly maxLabel: string };
}

const width = 640;
const labelWidth = 250;
const valueWidth = 70;
const rowHeight = 28;
const top = 10;

/** A horizontal bar (or dot) chart: one row per category with its label on the left and its value as text. */
export function barChartSvg(input: BarChartInput): string {
  const mark = input.mark ?? 'bar';
  const axisHeight = input.scale ? 36 : 0;
  const height = top + input.bars.length * rowHeight + axisHeight + 10;
  const max = input.scale?.max ?? Math.max(1, ...input.bars.map((bar) => bar.value));
  const x = scaleLinear().domain([input.scale?.min ?? 0, max]).range([labelWidth, width - valueWidth]);
  const y = scaleBand<number>().domain(input.bars.map((_bar, index) => index)).range([top, top + input.bars.length * rowHeight]).padding(0.25);
  const rows = input.bars.map((bar, index) => {
    const rowTop = y(index) ?? 0;
    const middle = rowTop + y.bandwidth() / 2;
    const valueText = bar.valueText ?? String(bar.value);
    const end = x(bar.value);
    const shape =
      mark === 'bar'
        ? `<rect x="${labelWidth}" y="${fixed(rowTop)}" width="${fixed(Math.max(0, end - labelWidth))}" height="${fixed(y.bandwidth())}" class="ps-chart__bar"><title>${text(`${bar.label}: ${valueText}`)}</title></rect>`
        : `<line x1="${labelWidth}" x2="${width - valueWidth}" y1="${fixed(middle)}" y2="${fixed(middle)}" class="ps-chart__guide"/><circle cx="${fixed(end)}" cy="${fixed(middle)}" r="6" class="ps-chart__dot"><title>${text(`${bar.label}: ${valueText}`)}</title></circle>`;
    return (
      `<g>${shape}<text x="${labelWidth - 8}" y="${fixed(middle + 4)}" text-anchor="end" class="ps-chart__label">${text(clip(bar.label))}</text>` +
      `<text x="${mark === 'bar' ? fixed(end + 6) : width - valueWidth + 12}" y="${fixed(middle + 4)}" class="ps-chart__value">${text(valueText)}</text></g>`
    );
  });
  const axis = input.scale ? scaleAxis(input.scale, x, top + input.bars.length * rowHeight + 16) : '';
  return svgFrame(input, width, height, `<line x1="${labelWidth}" x2="${labelWidth}" y1="${top}" y2="${fixed(top + input.bars.length * rowHeight)}" class="ps-chart__axis"/>${rows.join('')}${axis}`);
}

function scaleAxis(scale: NonNullable<BarChartInput['scale']>, x: (value: number) => number, y: number): string {
  const ticks: string[] = [];
  for (let value = scale.min; value <= scale.max; value += 1) ticks.push(`<text x="${fixed(x(value))}" y="${y}" text-anchor="middle" class="ps-chart__tick">${value}</text>`);
  return (
    `${ticks.join('')}<text x="${fixed(x(scale.min))}" y="${y + 16}" text-anchor="start" class="ps-chart__tick">${text(scale.minLabel)}</text>` +
    `<text x="${fixed(x(scale.max))}" y="${y + 16}" text-anchor="end" class="ps-chart__tick">${text(scale.maxLabel)}</text>`
  );
}
