// SPDX-License-Identifier: EUPL-1.2
import { escapeHtml } from '@kitajs/html';
import { curveLinearClosed, lineRadial } from 'd3-shape';

/** What the chart draws; every text is already translated. Values run from 1 (internal) to 5 (external). */
export interface ParadoxChartInput {
  readonly title: string;
  readonly description: string;
  readonly axes: readonly string[];
  readonly people: readonly { readonly label: string; readonly values: readonly number[] }[];
  readonly mean: readonly number[] | null;
  readonly previousMean: readonly number[] | null;
  readonly legend: { readonly person: string; readonly mean: string; readonly previous: string; readonly rings: string };
  /** Axes (by index) to mark as diverging; marked with a "!" beside the label, not by colour alone. */
  readonly diverging: readonly number[];
}

const width = 640;
const height = 560;
const centre = { x: width / 2, y: 250 };
const outer = 170;
const maxScore = 5;

const radiusOf = (value: number) => (value / maxScore) * outer;
const angleOf = (index: number, count: number) => (2 * Math.PI * index) / count;
const point = (angle: number, radius: number) => ({ x: Math.sin(angle) * radius, y: -Math.cos(angle) * radius });
const fixed = (value: number) => value.toFixed(1);

/** A closed polygon through one value per axis, as an SVG path computed by d3-shape. */
function polygon(values: readonly number[]): string {
  const path = lineRadial<number>()
    .angle((_value, index) => angleOf(index, values.length))
    .radius((value) => radiusOf(value))
    .curve(curveLinearClosed)(values);
  return path ?? '';
}

function axisLabel(text: string, index: number, count: number, diverging: boolean): string {
  const angle = angleOf(index, count);
  const { x, y } = point(angle, outer + 22);
  const anchor = Math.abs(x) < 8 ? 'middle' : x > 0 ? 'start' : 'end';
  const label = diverging ? `${text} !` : text;
  return `<text x="${fixed(x)}" y="${fixed(y + 5)}" text-anchor="${anchor}" class="ps-paradox-chart__axis-label${diverging ? ' ps-paradox-chart__axis-label--diverging' : ''}">${escapeHtml(label)}</text>`;
}

/** Each person's marks: one dot per axis, nudged sideways per person so equal scores stay visible. */
function personMarks(person: ParadoxChartInput['people'][number], personIndex: number, peopleCount: number, count: number): string {
  const nudge = peopleCount > 1 ? ((personIndex / (peopleCount - 1)) - 0.5) * 0.12 : 0;
  const dots = person.values.map((value, index) => {
    const { x, y } = point(angleOf(index, count) + nudge, radiusOf(value));
    return `<circle cx="${fixed(x)}" cy="${fixed(y)}" r="4.5" class="ps-paradox-chart__person"><title>${escapeHtml(`${person.label}: ${value}`)}</title></circle>`;
  });
  return `<g>${dots.join('')}</g>`;
}

function legendRow(y: number, sample: string, text: string): string {
  return `<g transform="translate(40 ${y})">${sample}<text x="40" y="5" class="ps-paradox-chart__legend">${escapeHtml(text)}</text></g>`;
}

/**
 * The paradox plot as an SVG string: seven axes from the internal pole (centre) to the external pole (rim),
 * the team members' marks, the mean as a solid line and the previous round's mean as a dashed line.
 * Shapes, not colours, tell the layers apart; the page shows the same numbers in a table.
 */
export function paradoxChartSvg(input: ParadoxChartInput): string {
  const count = input.axes.length;
  const rings = [1, 2, 3, 4, 5].map((value) => `<path d="${polygon(Array(count).fill(value))}" class="ps-paradox-chart__ring"/>`).join('');
  const spokes = input.axes
    .map((_axis, index) => {
      const end = point(angleOf(index, count), outer);
      return `<line x1="0" y1="0" x2="${fixed(end.x)}" y2="${fixed(end.y)}" class="ps-paradox-chart__spoke"/>`;
    })
    .join('');
  const ringNumbers = [1, 3, 5].map((value) => `<text x="4" y="${fixed(-radiusOf(value) - 3)}" class="ps-paradox-chart__ring-label">${value}</text>`).join('');
  const labels = input.axes.map((axis, index) => axisLabel(axis, index, count, input.diverging.includes(index))).join('');
  const people = input.people.map((person, index) => personMarks(person, index, input.people.length, count)).join('');
  const previous = input.previousMean ? `<path d="${polygon(input.previousMean)}" class="ps-paradox-chart__previous"/>` : '';
  const mean = input.mean ? `<path d="${polygon(input.mean)}" class="ps-paradox-chart__mean"/>` : '';
  const legendTop = centre.y + outer + 60;
  const legend = [
    legendRow(legendTop, '<circle cx="15" cy="0" r="4.5" class="ps-paradox-chart__person"/>', input.legend.person),
    legendRow(legendTop + 24, '<line x1="0" y1="0" x2="30" y2="0" class="ps-paradox-chart__mean"/>', input.legend.mean),
    input.previousMean ? legendRow(legendTop + 48, '<line x1="0" y1="0" x2="30" y2="0" class="ps-paradox-chart__previous"/>', input.legend.previous) : '',
    `<text x="${width / 2 + 40}" y="${legendTop + 5}" class="ps-paradox-chart__legend">${escapeHtml(input.legend.rings)}</text>`,
  ].join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="ps-paradox-chart" role="img" aria-labelledby="paradox-chart-title paradox-chart-desc">` +
    `<title id="paradox-chart-title">${escapeHtml(input.title)}</title><desc id="paradox-chart-desc">${escapeHtml(input.description)}</desc>` +
    `<g transform="translate(${centre.x} ${centre.y})">${rings}${spokes}${ringNumbers}${previous}${mean}${people}${labels}</g>${legend}</svg>`
  );
}
