// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/**
 * The registry of named response schemas: every schema registered here becomes a component of the OpenAPI
 * document (openapi.ts). Kept in its own file so schema files can register into it without importing each other.
 */
export const apiRegistry = z.registry<{ id: string; description?: string }>();
