// SPDX-License-Identifier: EUPL-1.2
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { oneMonthAfter } from './pilot-registration.js';
import { checkConditions, findSalesLanguage } from './pilots.conditions.js';
import { pilotFormToInput, pilotInputSchema, splitParticipantReferences } from './pilots.schemas.js';
import { validPilotFields } from './pilots.test-fixtures.js';

const validInput = () => pilotInputSchema.parse(pilotFormToInput(validPilotFields(), { initiatorOrganisationId: 1, participantOrganisationIds: [] }));
const municipality = { initiatorIsMunicipality: true, participatingMunicipalities: 0, firstPublication: true };

describe('sales language', () => {
  it('finds sales phrases and prices per period, in the order they appear', () => {
    assert.deepEqual(findSalesLanguage('Bestel nu! Koop nu de app voor € 99 per maand, of 1.200 euro per jaar. Vraag een offerte.'), [
      'bestel nu',
      'koop nu',
      '€ 99 per maand',
      '1.200 euro per jaar',
      'vraag een offerte',
    ]);
    assert.deepEqual(findSalesLanguage('Gratis demo; offerte aanvragen kan online. Prijs per licentie op aanvraag.'), ['gratis demo', 'offerte aanvragen', 'prijs per licentie']);
  });

  it('leaves ordinary municipal language alone', () => {
    const text =
      'Bestelbussen leveren in de binnenstad. Minima krijgen korting op de gemeentelijke belastingen. ' +
      'Het budget is € 50.000 voor twee jaar. Inwoners kunnen een afvalpas bestellen.';
    assert.deepEqual(findSalesLanguage(text), []);
  });
});

describe('checkConditions', () => {
  it('passes a complete registration by a municipality', () => {
    const report = checkConditions(validInput(), municipality);
    assert.deepEqual(report.failed, []);
    assert.equal(report.needsMunicipalityDeadline, false);
  });

  it('names each unmet condition with the field to fix', () => {
    const input = { ...validInput(), innovationAreas: [], themes: [], confirmsInDevelopment: false, confirmsNotCommercial: false, status: 'completed' as const };
    const report = checkConditions(input, municipality);
    assert.deepEqual(report.failed, ['municipal_innovation', 'still_in_development', 'not_commercial']);
    assert.deepEqual(
      report.problems.map((problem) => `${problem.field}:${problem.code}`),
      ['innovationAreas:no_innovation_area', 'themes:no_theme', 'confirmsInDevelopment:not_confirmed_in_development', 'status:completed', 'confirmsNotCommercial:not_confirmed_not_commercial'],
    );
  });

  it('allows a published pilot to move on to completion later', () => {
    const report = checkConditions({ ...validInput(), status: 'completed' }, { ...municipality, firstPublication: false });
    assert.deepEqual(report.failed, []);
  });

  it('asks for a deadline only when neither the initiator nor a participant is a municipality', () => {
    assert.equal(checkConditions(validInput(), { ...municipality, initiatorIsMunicipality: false }).needsMunicipalityDeadline, true);
    assert.equal(
      checkConditions(validInput(), { ...municipality, initiatorIsMunicipality: false, participatingMunicipalities: 1 }).needsMunicipalityDeadline,
      false,
    );
  });
});

describe('pilot form mapping and schema', () => {
  it('maps checkbox, tag, link and empty fields to the input shape', () => {
    const input = pilotFormToInput(
      validPilotFields({ themes: 'safety', tags: ' zorg, Zorg ,wijk ', linkLabel: ['', 'Rapport', ''], linkUrl: ['', 'https://example.org/r', ''], purpose: '', confirmsNotCommercial: '' }),
      { initiatorOrganisationId: 7, participantOrganisationIds: [3] },
    );
    assert.deepEqual(input.themes, ['safety']);
    assert.deepEqual(input.tags, ['zorg', 'wijk']);
    assert.deepEqual(input.links, [{ label: 'Rapport', url: 'https://example.org/r' }]);
    assert.equal(input.purpose, undefined);
    assert.equal(input.confirmsNotCommercial, false);
    assert.equal(input.initiatorOrganisationId, 7);
  });

  it('rejects impossible dates, non-web links and more than 12 tags', () => {
    const parse = (fields: Record<string, string | string[]>) =>
      pilotInputSchema.safeParse(pilotFormToInput(validPilotFields(fields), { initiatorOrganisationId: 1, participantOrganisationIds: [] }));
    const fieldsOf = (result: ReturnType<typeof parse>) => (result.success ? [] : result.error.issues.map((issue) => issue.path[0]));
    assert.deepEqual(fieldsOf(parse({ startDate: '2026-02-30' })), ['startDate']);
    assert.deepEqual(fieldsOf(parse({ linkUrl: ['javascript:alert(1)', '', ''] })), ['links']);
    assert.deepEqual(fieldsOf(parse({ tags: Array.from({ length: 13 }, (_, index) => `tag${index}`).join(',') })), ['tags']);
    assert.equal(parse({}).success, true);
  });

  it('splits participant references on commas and new lines, without duplicates', () => {
    assert.deepEqual(splitParticipantReferences('Utrecht, GM0344\nAmersfoort;utrecht\n\n'), ['Utrecht', 'GM0344', 'Amersfoort']);
  });

  it('puts the municipality deadline one calendar month after publication', () => {
    assert.equal(oneMonthAfter('2026-03-15T10:00:00.000Z'), '2026-04-15T10:00:00.000Z');
    assert.equal(oneMonthAfter('2026-01-31T10:00:00.000Z'), '2026-02-28T10:00:00.000Z');
  });
});
