// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** Anything that is not a single string (missing, repeated, nested) becomes empty text: the preview never fails on odd input. */
const text = (max: number) =>
  z
    .string()
    .catch('')
    .transform((value) => value.slice(0, max));

/** Query of GET /pilots/similar-preview; `exclude` leaves out the pilot being edited. */
export const similarPreviewQuerySchema = z
  .object({
    title: text(300),
    summary: text(1000),
    exclude: z.coerce.number().int().positive().max(2 ** 31).optional().catch(undefined),
  })
  .transform(({ exclude, ...rest }) => ({ ...rest, excludeId: exclude }));
