// SPDX-License-Identifier: EUPL-1.2
import { pilotsService } from '../pilots/pilots.service.js';
import type { PilotPageSection } from '../platform/module.js';
import { documentsService } from './documents.service.js';
import { documentsShownOnPilotPage, DocumentsSection } from './views/documents-section.js';

/**
 * Main-column block: the pilot's documents. The pilot page already checked that the viewer may see the pilot,
 * so its documents may be listed; the team (and moderators) also get the upload form.
 */
export const documentsPageSection: PilotPageSection = {
  id: 'documents',
  placement: 'main',
  order: 45,
  async render(context, subject, page) {
    const documents = documentsService(context);
    const [{ items, total }, canEdit] = await Promise.all([documents.forPilot(subject.id, documentsShownOnPilotPage), pilotsService(context).canEdit(subject.id, page.user)]);
    if (items.length === 0 && !canEdit) return null;
    const removable = new Set(items.filter((item) => documents.canRemove(item, page.user, canEdit)).map((item) => item.id));
    return <DocumentsSection ctx={page} pilotId={subject.id} items={items} total={total} removable={removable} canUpload={canEdit} />;
  },
};
