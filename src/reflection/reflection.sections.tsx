// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../platform/module.js';
import { barriersService } from './barriers.service.js';
import { reflectionService } from './reflection.service.js';
import { ReflectionSection } from './views/reflection-section.js';

/**
 * Main-column block on the pilot page. Everyone sees how often the team reflected; the team also sees what is
 * due, open actions and barriers, with links to the pages. Nothing is shown to outsiders of a pilot without sessions.
 */
export const reflectionPageSection: PilotPageSection = {
  id: 'reflection',
  placement: 'main',
  order: 60,
  async render(context, subject, page) {
    const reflection = reflectionService(context);
    const [sessions, last] = await Promise.all([reflection.sessionCount(subject.id), reflection.lastSession([subject.id])]);
    if (!subject.viewerIsTeam) {
      if (sessions === 0) return null;
      const summary = { sessions, lastSessionOn: last.get(subject.id), schedule: null, openActions: 0, barriers: 0 };
      return <ReflectionSection ctx={page} pilotId={subject.id} summary={summary} isTeam={false} />;
    }
    const [schedule, open, counts] = await Promise.all([reflection.schedule(subject.id), reflection.openActions(subject.id), barriersService(context).counts(subject.id)]);
    const summary = { sessions, lastSessionOn: last.get(subject.id), schedule, openActions: open.length, barriers: counts.barriers };
    return <ReflectionSection ctx={page} pilotId={subject.id} summary={summary} isTeam />;
  },
};
