// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../platform/module.js';
import { paradoxService } from './paradox.service.js';
import { ParadoxSection } from './views/paradox-section.js';

/**
 * Main-column block with the team's latest means. Only aggregated numbers are public (no individual marks);
 * pilots nobody rated yet show the block only to their team, as a prompt.
 */
export const paradoxPageSection: PilotPageSection = {
  id: 'paradox',
  placement: 'main',
  order: 25,
  async render(context, subject, page) {
    const { current, previous } = await paradoxService(context).overview(subject.id);
    const round = current?.means ? current : previous?.means ? previous : null;
    if (!round && !subject.viewerIsTeam) return null;
    return <ParadoxSection ctx={page} pilotId={subject.id} round={round} viewerIsTeam={subject.viewerIsTeam} />;
  },
};
