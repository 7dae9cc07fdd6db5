// SPDX-License-Identifier: EUPL-1.2
import { escapeHtml } from '@kitajs/html';

/** What every chart says about itself: its accessible name and a sentence on what it shows. */
export interface ChartText {
  /** Unique on the page: the ids of the title and description derive from it. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export const fixed = (value: number): string => (Math.round(value * 10) / 10).toString();
export const text = (value: string): string => escapeHtml(value);

/** Shortens a label that would not fit beside the bars; the full text stays in the mark's title and the table. */
export function clip(label: string, max = 30): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/**
 * The outer SVG: role="img" named by its own title and description (ADR 0008), sized by viewBox so it scales with
 * the page. Every text inside is escaped by the chart functions.
 */
export function svgFrame(chart: ChartText, width: number, height: number, body: string): string {
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${fixed(height)}" class="ps-chart" role="img" aria-labelledby="${titleId} ${descId}">` +
    `<title id="${titleId}">${text(chart.title)}</title><desc id="${descId}">${text(chart.description)}</desc>${body}</svg>`
  );
}
