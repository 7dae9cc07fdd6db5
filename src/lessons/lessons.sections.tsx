// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../platform/module.js';
import { lessonsService } from './lessons.service.js';
import { LessonsSection } from './views/lessons-section.js';

/** Main-column block: the pilot's published lessons; shown to the team even when empty, so they find the log. */
export const lessonsPageSection: PilotPageSection = {
  id: 'lessons',
  placement: 'main',
  order: 40,
  async render(context, subject, page) {
    const lessons = await lessonsService(context).publishedForPilot(subject.id);
    if (lessons.length === 0 && !subject.viewerIsTeam) return null;
    return <LessonsSection ctx={page} pilotId={subject.id} lessons={lessons} viewerIsTeam={subject.viewerIsTeam} />;
  },
};
