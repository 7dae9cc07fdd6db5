// SPDX-License-Identifier: EUPL-1.2
import { isModerator, type CurrentUser } from '../platform/current-user.js';

/**
 * Who may do what with documents. A pilot's documents are as visible as the pilot (hidden and draft pilots:
 * their team and moderators only) and only the team uploads them (`canEditPilot`: team, initiator, moderators).
 * The library takes documents from any member with a confirmed e-mail address. The uploader, the pilot's team
 * and moderators may remove a document.
 */
export const documentsPolicy = {
  viewPilotDocuments(pilot: { listed: boolean }, canEditPilot: boolean): boolean {
    return pilot.listed || canEditPilot;
  },

  uploadToPilot(user: CurrentUser | null, canEditPilot: boolean): boolean {
    return user !== null && canEditPilot;
  },

  uploadToLibrary(user: CurrentUser | null): boolean {
    return user !== null && user.emailVerified;
  },

  remove(user: CurrentUser | null, document: { uploadedByUserId: string | null; pilotId: number | null }, canEditPilot: boolean): boolean {
    if (!user) return false;
    if (isModerator(user)) return true;
    if (document.uploadedByUserId !== null && document.uploadedByUserId === user.id) return true;
    return document.pilotId !== null && canEditPilot;
  },
};
