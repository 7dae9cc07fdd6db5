// SPDX-License-Identifier: EUPL-1.2
import type { EvaluationReport } from './evaluate.js';
import type { Metrics } from './metrics.js';

const figure = (value: number) => value.toFixed(3);
const row = (cells: readonly string[], widths: readonly number[]) =>
  cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ');

/**
 * The evaluation as a readable table (operator output, English): overall figures for matching and the
 * baseline (with the tuning/held-out split when asked), then every group, worst first by precision@3.
 */
export function formatReport(report: EvaluationReport, options: { misses?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`Similar pilots on ${report.database}: ${report.imported} pilots imported in ${report.groups} groups, top ${report.k} asked per pilot.`);
  for (const rejection of report.rejected) lines.push(`  rejected entry ${rejection.position} (${rejection.title ?? '?'}): ${rejection.reasons.join('; ')}`);
  lines.push('');
  const widths = [34, 8, 7, 7, 7];
  lines.push(row(['', 'queries', 'P@1', 'P@3', 'MRR'], widths));
  const add = (name: string, metrics: Metrics | undefined) => {
    if (metrics) lines.push(row([name, String(metrics.queries), figure(metrics.precisionAt1), figure(metrics.precisionAt3), figure(metrics.mrr)], widths));
  };
  add('matching, all groups', report.matching.overall);
  add('matching, tuning groups', report.matching.tuning);
  add('matching, held-out groups', report.matching.heldOut);
  add('baseline (plain full text), all', report.baseline.overall);
  add('baseline, tuning groups', report.baseline.tuning);
  add('baseline, held-out groups', report.baseline.heldOut);
  lines.push('');
  lines.push('Per group, worst first (matching; baseline P@3 beside it):');
  const groupWidths = [34, 8, 7, 7, 7, 10];
  lines.push(row(['group', 'queries', 'P@1', 'P@3', 'MRR', 'base P@3'], groupWidths));
  const baseline = new Map(report.baseline.byGroup.map((entry) => [entry.group, entry]));
  const groups = [...report.matching.byGroup].filter((entry) => entry.queries > 0).sort((a, b) => a.precisionAt3 - b.precisionAt3 || a.mrr - b.mrr);
  for (const entry of groups) {
    const base = baseline.get(entry.group);
    lines.push(row([entry.group.slice(0, 34), String(entry.queries), figure(entry.precisionAt1), figure(entry.precisionAt3), figure(entry.mrr), base ? figure(base.precisionAt3) : '-'], groupWidths));
  }
  if (options.misses) {
    lines.push('', 'Queries whose top 3 hold another group:');
    for (const query of report.queries) {
      const top = query.matching.slice(0, 3);
      if (query.mates === 0 || top.filter((group) => group === query.group).length >= Math.min(3, query.mates)) continue;
      lines.push(`  [${query.group}] #${query.id} ${query.title} → ${top.join(', ') || '(nothing)'}`);
    }
  }
  lines.push('', 'P@3 = same-group pilots among the first 3 suggestions / min(3, other pilots in the group); MRR over the first same-group suggestion.');
  return lines.join('\n');
}
