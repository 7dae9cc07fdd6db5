// SPDX-License-Identifier: EUPL-1.2
import type { LightMyRequestResponse } from 'fastify';

type Fields = Record<string, string | string[]>;

/** A registration form that meets every field rule and every publication condition. */
export function validPilotFields(overrides: Fields = {}): Fields {
  return {
    title: 'Vroegsignalering van schulden met woningcorporaties',
    summary: 'We proberen of signalen van woningcorporaties over huurachterstand eerder hulp bij schulden mogelijk maken.',
    what: 'Woningcorporaties melden huurachterstand van twee maanden bij het wijkteam.\n\nHet wijkteam belt binnen een week aan.',
    goal: 'Minder huisuitzettingen en eerder contact met inwoners die schulden krijgen.',
    deliverables: 'Een werkwijze met afspraken tussen gemeente en corporaties, en een evaluatie.',
    approach: 'Zes maanden proef in twee wijken, met een nulmeting en maandelijkse reflectie.',
    milestones: 'Maart: afspraken rond. September: eerste evaluatie. December: besluit over vervolg.',
    themes: ['social_domain'],
    tags: 'schulden, vroegsignalering',
    participants: '',
    contactName: 'Anna de Vries',
    contactEmail: 'anna@gemeente.example',
    startDate: '2026-01-15',
    plannedEndDate: '2026-12-31',
    linkLabel: ['Projectpagina', '', ''],
    linkUrl: ['https://example.org/project', '', ''],
    phase: 'development',
    status: 'running',
    statusReason: '',
    purpose: 'test',
    innovationObject: 'process',
    degree: '',
    level: '',
    innovationAreas: ['service_delivery'],
    confirmsInDevelopment: '1',
    confirmsNotCommercial: '1',
    ...overrides,
  };
}

/** The pilot id a successful save redirected to. */
export function savedPilotId(response: LightMyRequestResponse): number {
  const location = String(response.headers.location ?? '');
  const match = /^\/pilots\/(\d+)$/.exec(location);
  if (response.statusCode !== 303 || !match) throw new Error(`expected a redirect to a pilot, got ${response.statusCode} ${location}\n${response.body.slice(0, 2000)}`);
  return Number(match[1]);
}
