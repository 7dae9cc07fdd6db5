// SPDX-License-Identifier: EUPL-1.2
/** Calendar dates as stored (YYYY-MM-DD, UTC days). */

export function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}
