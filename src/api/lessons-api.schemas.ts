// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { apiRegistry } from './api-registry.js';
import { paginationLinksSchema } from './api.schemas.js';
import { lessonFields } from './learning.schemas.js';

/** GET /api/v1/lessons: published lessons of listed pilots, each with its pilot. */
export const lessonListItemSchema = z
  .strictObject({
    ...lessonFields,
    pilot: z.strictObject({
      id: z.int().positive(),
      title: z.string(),
      _links: z.strictObject({ self: z.strictObject({ href: z.url() }) }).describe('The pilot in this API.'),
    }),
  })
  .register(apiRegistry, { id: 'LessonListItem' });

export const lessonPageSchema = z
  .strictObject({
    _links: paginationLinksSchema,
    page: z.int().positive(),
    pageSize: z.int().positive(),
    total: z.int().nonnegative(),
    items: z.array(lessonListItemSchema),
  })
  .register(apiRegistry, { id: 'LessonPage' });

export type ApiLessonListItem = z.infer<typeof lessonListItemSchema>;
export type ApiLessonPage = z.infer<typeof lessonPageSchema>;
