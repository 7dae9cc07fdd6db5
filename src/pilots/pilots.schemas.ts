// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { maxId } from '../platform/ids.js';
import { nameKey } from '../platform/text.js';
import { degrees, innovationAreas, innovationObjects, levels, phases, purposes, statuses, themes } from './pilots.tables.js';

/**
 * The one schema for a pilot's content: it validates the registration form (after pilotFormToInput) and the
 * API's POST/PATCH bodies. Messages are i18n keys: `validation.*` (platform) or `pilots.validation.*`.
 */

export const pilotLimits = {
  title: { min: 5, max: 140 },
  summary: { min: 20, max: 400 },
  longText: 5000,
  tags: 12,
  tagLength: 40,
  links: 10,
  participants: 200,
} as const;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-30). */
function isCalendarDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** True for an absolute http(s) address with a host, which is all a link on a pilot page may be. */
function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const longText = z.string().trim().min(1, 'validation.required').max(pilotLimits.longText);
const isoDate = z.string().trim().refine(isCalendarDate, 'pilots.validation.date');

const linkSchema = z.object({
  label: z.string().trim().min(1, 'pilots.validation.linkLabel').max(120),
  url: z.string().trim().max(2000).refine(isWebAddress, 'pilots.validation.linkUrl'),
});

export const pilotInputSchema = z
  .object({
    title: z.string().trim().min(pilotLimits.title.min).max(pilotLimits.title.max),
    summary: z.string().trim().min(pilotLimits.summary.min).max(pilotLimits.summary.max),
    what: longText,
    goal: longText,
    deliverables: longText,
    approach: longText,
    milestones: longText,
    themes: z.array(z.enum(themes)).max(themes.length).default([]),
    tags: z
      .array(z.string().trim().min(1).max(pilotLimits.tagLength, 'pilots.validation.tagLength'))
      .max(pilotLimits.tags, 'pilots.validation.tooManyTags')
      .default([]),
    initiatorOrganisationId: z.number().int().positive().max(maxId),
    participantOrganisationIds: z.array(z.number().int().positive().max(maxId)).max(pilotLimits.participants).optional(),
    contactName: z.string().trim().min(2).max(120),
    contactEmail: z.string().trim().max(254).pipe(z.email('validation.invalid_email')),
    startDate: isoDate.optional(),
    plannedEndDate: isoDate.optional(),
    links: z.array(linkSchema).max(pilotLimits.links, 'pilots.validation.tooManyLinks').default([]),
    phase: z.enum(phases),
    status: z.enum(statuses),
    statusReason: z.string().trim().min(1).max(1000).optional(),
    purpose: z.enum(purposes).optional(),
    innovationObject: z.enum(innovationObjects).optional(),
    degree: z.enum(degrees).optional(),
    level: z.enum(levels).optional(),
    externalId: z.string().trim().min(1).max(100).optional(),
    /** Condition 1: what the pilot changes. */
    innovationAreas: z.array(z.enum(innovationAreas)).max(innovationAreas.length).default([]),
    /** Condition 3: "this is not a finished product". */
    confirmsInDevelopment: z.boolean().default(false),
    /** Condition 4: "no advertising or sales". */
    confirmsNotCommercial: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    // Written defensively: zod runs this even when single fields already failed.
    const { startDate, plannedEndDate } = input;
    if (startDate && plannedEndDate && isCalendarDate(startDate) && isCalendarDate(plannedEndDate) && plannedEndDate < startDate) {
      ctx.addIssue({ code: 'custom', path: ['plannedEndDate'], message: 'pilots.validation.endBeforeStart' });
    }
    if ((input.status === 'stopped' || input.status === 'on_hold') && !input.statusReason) {
      ctx.addIssue({ code: 'custom', path: ['statusReason'], message: 'pilots.validation.statusReasonRequired' });
    }
  });

export type PilotInput = z.infer<typeof pilotInputSchema>;

type FormBody = Record<string, unknown>;

/** A form value as a trimmed string; arrays (a field sent twice) take their first entry. */
function text(body: FormBody, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

/** Empty form fields mean "not given" for optional values. */
function optionalText(body: FormBody, name: string): string | undefined {
  return text(body, name) || undefined;
}

/** Checkbox groups arrive as a string (one ticked) or a string list (several). */
export function listValue(body: FormBody, name: string): string[] {
  const value = body[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
}

/** "zorg, Wmo , zorg" → ["zorg", "Wmo"]: split on commas, trimmed, without duplicates (case-insensitive). */
export function splitTags(value: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of value.split(/[,;\n]/)) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

/** "Utrecht, GM0599\nAmersfoort" → ["Utrecht", "GM0599", "Amersfoort"], without duplicates. */
export function splitParticipantReferences(value: string): string[] {
  const seen = new Set<string>();
  const references: string[] = [];
  for (const raw of value.split(/[,;\n\r]/)) {
    const reference = raw.trim();
    const key = nameKey(reference);
    if (key && !seen.has(key)) {
      seen.add(key);
      references.push(reference);
    }
  }
  return references;
}

/** Link rows are repeated label/url fields; rows left completely empty are skipped. */
function linkRows(body: FormBody): { label: string; url: string }[] {
  const labels = Array.isArray(body.linkLabel) ? body.linkLabel : [body.linkLabel];
  const urls = Array.isArray(body.linkUrl) ? body.linkUrl : [body.linkUrl];
  const rows: { label: string; url: string }[] = [];
  for (let index = 0; index < Math.max(labels.length, urls.length); index += 1) {
    const label = typeof labels[index] === 'string' ? (labels[index] as string).trim() : '';
    const url = typeof urls[index] === 'string' ? (urls[index] as string).trim() : '';
    if (label || url) rows.push({ label: label || url, url });
  }
  return rows;
}

/**
 * Maps the registration form to the shape pilotInputSchema expects. The initiator and the resolved participant
 * ids are not form fields: the route decides them (the member's own organisation; the participants text).
 */
export function pilotFormToInput(body: unknown, fixed: { initiatorOrganisationId: number; participantOrganisationIds: number[] }): Record<string, unknown> {
  const form = (body && typeof body === 'object' ? body : {}) as FormBody;
  return {
    title: text(form, 'title'),
    summary: text(form, 'summary'),
    what: text(form, 'what'),
    goal: text(form, 'goal'),
    deliverables: text(form, 'deliverables'),
    approach: text(form, 'approach'),
    milestones: text(form, 'milestones'),
    themes: listValue(form, 'themes'),
    tags: splitTags(text(form, 'tags')),
    initiatorOrganisationId: fixed.initiatorOrganisationId,
    participantOrganisationIds: fixed.participantOrganisationIds,
    contactName: text(form, 'contactName'),
    contactEmail: text(form, 'contactEmail'),
    startDate: optionalText(form, 'startDate'),
    plannedEndDate: optionalText(form, 'plannedEndDate'),
    links: linkRows(form),
    phase: text(form, 'phase'),
    status: text(form, 'status'),
    statusReason: optionalText(form, 'statusReason'),
    purpose: optionalText(form, 'purpose'),
    innovationObject: optionalText(form, 'innovationObject'),
    degree: optionalText(form, 'degree'),
    level: optionalText(form, 'level'),
    innovationAreas: listValue(form, 'innovationAreas'),
    confirmsInDevelopment: text(form, 'confirmsInDevelopment') === '1',
    confirmsNotCommercial: text(form, 'confirmsNotCommercial') === '1',
  };
}
