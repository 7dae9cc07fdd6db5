// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

/** A member's offer to share expertise: one row per member who opted in. */
export interface ExpertProfilesTable {
  userId: string;
  bio: string;
  offersCoaching: number;
  offersSupport: number;
  createdAt: string;
  updatedAt: string;
}

/** A narrative story of a pilot in implementation or scaling; hidden again when a moderator unpublishes it. */
export interface StoriesTable {
  id: Generated<number>;
  pilotId: number;
  title: string;
  body: string;
  reusable: string;
  authorUserId: string | null;
  publishedAt: string;
  unpublishedAt: string | null;
  unpublishedByUserId: string | null;
  createdAt: string;
}

/** That a member wrote to a pilot's team or an expert (never the text); also the per-sender limit's counter. */
export interface ContactMessagesTable {
  id: Generated<number>;
  senderUserId: string;
  recipientKind: string;
  pilotId: number | null;
  recipientUserId: string | null;
  createdAt: string;
}

/** A type alias (not an interface) so Kysely's `withTables` accepts it. */
export type KnowledgeTables = {
  expertProfiles: ExpertProfilesTable;
  expertProfileThemes: { userId: string; theme: string };
  expertProfileTags: { userId: string; tag: string };
  stories: StoriesTable;
  contactMessages: ContactMessagesTable;
};
