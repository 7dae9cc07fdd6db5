// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../platform/module.js';
import { intakeService } from './intake.service.js';
import { IntakeSection } from './views/intake-section.js';

/** Main-column block: learning goals and theory of change; without an intake, a prompt to the team only. */
export const intakePageSection: PilotPageSection = {
  id: 'intake',
  placement: 'main',
  order: 15,
  async render(context, subject, page) {
    const service = intakeService(context);
    const [intake, theory] = await Promise.all([service.forPilot(subject.id), service.theory(subject.id)]);
    if (!intake && !theory && !subject.viewerIsTeam) return null;
    return <IntakeSection ctx={page} pilotId={subject.id} intake={intake} theory={theory} viewerIsTeam={subject.viewerIsTeam} />;
  },
};
