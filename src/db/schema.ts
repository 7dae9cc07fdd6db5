// SPDX-License-Identifier: EUPL-1.2
import type { AccountTables } from '../accounts/accounts.tables.js';
import type { MatchingTables } from '../matching/matching.tables.js';
import type { ModerationTables } from '../moderation/moderation.tables.js';
import type { OrganisationTables } from '../organisations/organisations.tables.js';
import type { ParticipationTables } from '../participation/participation.tables.js';
import type { PilotTables } from '../pilots/pilots.tables.js';

/** The whole schema as Kysely sees it (camelCase; the CamelCasePlugin maps to snake_case tables). Each module owns its part. */
export interface DB extends OrganisationTables, AccountTables, PilotTables, ParticipationTables, ModerationTables, MatchingTables {}
