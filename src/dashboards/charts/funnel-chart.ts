// SPDX-License-Identifier: EUPL-1.2
import { scaleBand, scaleLinear } from 'd3-scale';
import { fixed, svgFrame, text, type ChartText } from './chart-frame.js';

export interface FunnelChartInput extends ChartText {
  /** From the wide top (first phase) to the narrow end; `label` is written inside or beside each step. */
  readonly steps: readonly { readonly name: string; readonly value: number; readonly label: string }[];
}

const width = 640;
const stepHeight = 48;
const nameWidth = 150;

/** A funnel: one centred bar per step, its width proportional to its value, named on the left and counted as text. */
export function funnelChartSvg(input: FunnelChartInput): string {
  const height = input.steps.length * stepHeight + 10;
  const centre = nameWidth + (width - nameWidth) / 2;
  const half = scaleLinear().domain([0, Math.max(1, ...input.steps.map((step) => step.value))]).range([0, (width - nameWidth) / 2 - 10]);
  const y = scaleBand<number>().domain(input.steps.map((_step, index) => index)).range([5, height - 5]).padding(0.15);
  const steps = input.steps.map((step, index) => {
    const rowTop = y(index) ?? 0;
    const middle = rowTop + y.bandwidth() / 2;
    const halfWidth = Math.max(2, half(step.value));
    return (
      `<g><rect x="${fixed(centre - halfWidth)}" y="${fixed(rowTop)}" width="${fixed(halfWidth * 2)}" height="${fixed(y.bandwidth())}" class="ps-chart__funnel-step"><title>${text(`${step.name}: ${step.label}`)}</title></rect>` +
      `<text x="${nameWidth - 8}" y="${fixed(middle + 4)}" text-anchor="end" class="ps-chart__label">${text(step.name)}</text>` +
      `<text x="${fixed(centre)}" y="${fixed(middle + 4)}" text-anchor="middle" class="ps-chart__funnel-label">${text(step.label)}</text></g>`
    );
  });
  return svgFrame(input, width, height, steps.join(''));
}
