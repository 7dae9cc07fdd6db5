// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../platform/i18n.js';
import type { DataTable } from './data-table.js';
import type { PilotCountRow } from './national.repository.js';
import { scalingCandidates, type NationalDashboard } from './national.service.js';

/** The ids of the national tables, in page order; each is exportable at /dashboard/export/<id>.csv|xlsx. */
export const nationalTableIds = ['participation', 'by-month', 'funnel', 'gates', 'themes', 'provinces', 'follow-through', 'most-joined', 'scaling-candidates', 'marked-candidates'] as const;
export type NationalTableId = (typeof nationalTableIds)[number];

/** Rows in the scaling-candidates table (the total at the threshold is always given). */
export const candidatesShown = 50;

const pilotLink = (id: number) => `/pilots/${id}`;

/** Every national table, translated, built from one snapshot: the page and the exports share these. */
export function nationalTables(dashboard: NationalDashboard, marked: readonly PilotCountRow[], t: Translate, minMunicipalities: number): Record<NationalTableId, DataTable> {
  const k = (key: string, params?: Record<string, string | number>) => t(`dashboards.national.${key}`, params);
  const candidates = scalingCandidates(dashboard, minMunicipalities, candidatesShown);
  const { participation } = dashboard;
  return {
    participation: {
      id: 'participation',
      caption: k('participation.caption'),
      columns: [{ label: k('participation.measure'), kind: 'text' }, { label: k('participation.value'), kind: 'integer' }],
      rows: [
        [k('participation.municipalities'), participation.municipalitiesTakingPart],
        [k('participation.organisations'), participation.organisationsTakingPart],
        [k('participation.participations'), participation.participations],
        [k('participation.pilots'), participation.pilotsListed],
      ],
    },
    'by-month': {
      id: 'by-month',
      caption: k('byMonth.caption'),
      columns: [{ label: k('month'), kind: 'text' }, { label: k('byMonth.pilotsPublished'), kind: 'integer' }, { label: k('byMonth.participations'), kind: 'integer' }],
      rows: dashboard.byMonth.map((row) => [row.month, row.pilotsPublished, row.participations]),
    },
    funnel: {
      id: 'funnel',
      caption: k('funnel.caption'),
      columns: [{ label: k('funnel.phase'), kind: 'text' }, { label: k('funnel.current'), kind: 'integer' }, { label: k('funnel.reached'), kind: 'integer' }],
      rows: dashboard.funnel.map((row) => [t(`pilots.phase.${row.phase}`), row.current, row.reached]),
    },
    gates: {
      id: 'gates',
      caption: k('gates.caption'),
      columns: [{ label: k('gates.decision'), kind: 'text' }, { label: k('gates.count'), kind: 'integer' }],
      rows: dashboard.gates.map((row) => [t(`gates.decision.${row.decision}`), row.count]),
    },
    themes: {
      id: 'themes',
      caption: k('themes.caption'),
      columns: [{ label: k('themes.theme'), kind: 'text' }, { label: k('themes.count'), kind: 'integer' }],
      rows: [...dashboard.themes].sort((a, b) => b.count - a.count).map((row) => [t(`pilots.theme.${row.theme}`), row.count]),
    },
    provinces: {
      id: 'provinces',
      caption: k('provinces.caption'),
      columns: [
        { label: k('provinces.province'), kind: 'text' },
        { label: k('provinces.municipalities'), kind: 'integer' },
        { label: k('provinces.takingPart'), kind: 'integer' },
        { label: k('provinces.pilotsInitiated'), kind: 'integer' },
        { label: k('provinces.participations'), kind: 'integer' },
      ],
      rows: dashboard.provinces.map((row) => [row.name, row.municipalities, row.municipalitiesTakingPart, row.pilotsInitiated, row.participations]),
    },
    'follow-through': {
      id: 'follow-through',
      caption: k('followThrough.caption'),
      columns: [
        { label: k('month'), kind: 'text' },
        { label: k('followThrough.closings'), kind: 'integer' },
        { label: k('followThrough.records'), kind: 'integer' },
        { label: k('followThrough.adoptions'), kind: 'integer' },
      ],
      rows: dashboard.followThrough.map((row) => [row.month, row.closings, row.followThroughRecords, row.adoptions]),
    },
    'most-joined': {
      id: 'most-joined',
      caption: k('mostJoined.caption'),
      columns: [{ label: k('pilot'), kind: 'text' }, { label: k('municipalities'), kind: 'integer' }, { label: k('organisations'), kind: 'integer' }],
      rows: dashboard.mostJoined.map((row) => [row.title, row.municipalityCount, row.participantCount]),
      rowLinks: dashboard.mostJoined.map((row) => pilotLink(row.id)),
    },
    'scaling-candidates': {
      id: 'scaling-candidates',
      caption: k('candidates.caption', { min: minMunicipalities, total: candidates.total }),
      columns: [{ label: k('pilot'), kind: 'text' }, { label: k('municipalities'), kind: 'integer' }, { label: k('organisations'), kind: 'integer' }],
      rows: candidates.pilots.map((row) => [row.title, row.municipalityCount, row.participantCount]),
      rowLinks: candidates.pilots.map((row) => pilotLink(row.id)),
    },
    'marked-candidates': {
      id: 'marked-candidates',
      caption: k('marked.caption', { total: marked.length }),
      columns: [{ label: k('pilot'), kind: 'text' }, { label: k('municipalities'), kind: 'integer' }, { label: k('organisations'), kind: 'integer' }],
      rows: marked.map((row) => [row.title, row.municipalityCount, row.participantCount]),
      rowLinks: marked.map((row) => pilotLink(row.id)),
    },
  };
}
