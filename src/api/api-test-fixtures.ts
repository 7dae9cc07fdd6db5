// SPDX-License-Identifier: EUPL-1.2
import type { LightMyRequestResponse } from 'fastify';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import { accountsService } from '../accounts/accounts.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { PilotInput } from '../pilots/pilots.schemas.js';
import type { CurrentUser } from '../platform/current-user.js';
import { createMember, type TestMember } from '../test-support/accounts.js';
import type { TestApp } from '../test-support/test-app.js';
import { problemSchema } from './api.schemas.js';
import { openApiConformance } from './openapi-conformance.js';

// The schemas do not depend on the base URL, so one checker serves every test app.
const conformance = openApiConformance('http://localhost');

/** Test helpers for the API tests: valid pilot input, members with tokens, and strict response checks. */

export function pilotInput(organisationId: number, overrides: Partial<PilotInput> = {}): PilotInput {
  return {
    title: 'Laadpalen plaatsen waar de vraag ontstaat',
    summary: 'We voorspellen per straat waar elektrische auto\'s komen en plaatsen laadpalen vooraf.',
    what: 'Een voorspelmodel voor laadpalen.',
    goal: 'Kortere wachttijd voor een laadpaal.',
    deliverables: 'Een open model en een werkwijze.',
    approach: 'Samen met netbeheerders.',
    milestones: 'Maart 2026: eerste versie.',
    themes: ['mobility'],
    tags: ['laadpalen'],
    initiatorOrganisationId: organisationId,
    contactName: 'Daan Visser',
    contactEmail: 'daan@example.test',
    links: [],
    phase: 'development',
    status: 'running',
    innovationAreas: ['service_delivery'],
    confirmsInDevelopment: true,
    confirmsNotCommercial: true,
    ...overrides,
  };
}

export interface TokenMember extends TestMember {
  token: string;
  user: CurrentUser;
}

/** A member with a personal API token. */
export async function memberWithToken(testApp: TestApp, options: Parameters<typeof createMember>[1] = {}): Promise<TokenMember> {
  const member = await createMember(testApp.context, options);
  const accounts = accountsService(testApp.context);
  const token = await accounts.createApiToken(member.id, 'tests');
  const user = await accounts.authenticateApiToken(token);
  assert.ok(user);
  return { ...member, token, user };
}

/** Registers a published pilot (or a draft) through the pilots service; returns its id. */
export async function registerPilot(testApp: TestApp, member: TokenMember, overrides: Partial<PilotInput> = {}, publish = true): Promise<number> {
  const result = await pilotsService(testApp.context).create(pilotInput(member.organisationId, overrides), member.user, { publish });
  assert.ok(result.ok, JSON.stringify(result));
  return result.id;
}

/** Parses a JSON response strictly (unknown fields fail), checks it against the OpenAPI document and the API's headers. */
export function expectJson<T extends z.ZodType>(response: LightMyRequestResponse, status: number, schema: T): z.infer<T> {
  assert.equal(response.statusCode, status, response.body);
  conformance.check(response);
  assert.match(String(response.headers['content-type']), /^application\/json/);
  assert.equal(response.headers['api-version'], '1.0.0');
  return schema.parse(response.json());
}

/** Parses a problem response strictly, checks it against the OpenAPI document, its status and code. */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string): z.infer<typeof problemSchema> {
  assert.equal(response.statusCode, status, response.body);
  conformance.check(response);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  assert.equal(response.headers['api-version'], '1.0.0');
  const problem = problemSchema.parse(response.json());
  assert.equal(problem.status, status);
  assert.equal(problem.code, code);
  return problem;
}
