// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../platform/module.js';
import { adoptionsService } from './adoptions.service.js';
import { closingService } from './closing.service.js';
import { gatesService } from './gates.service.js';
import { ClosingSection } from './views/adoption-views.js';
import { GatesSection } from './views/gates-section.js';

/** Main-column block on published pilots: the latest gate decisions and the way to the gate page. */
export const gatesPageSection: PilotPageSection = {
  id: 'gates',
  placement: 'main',
  order: 22,
  async render(context, subject, page) {
    if (subject.state !== 'published') return null;
    const service = gatesService(context);
    const [history, canDecide] = await Promise.all([service.history(subject.id), service.canDecide(subject.id, page.user)]);
    return <GatesSection ctx={page} pilotId={subject.id} history={history} canDecide={canDecide} />;
  },
};

/** Main-column block on published pilots: end evaluation, adopters, what it builds on, and "we adopted this". */
export const closingPageSection: PilotPageSection = {
  id: 'closing',
  placement: 'main',
  order: 24,
  async render(context, subject, page) {
    if (subject.state !== 'published') return null;
    const [evaluation, { adoptions, adoptedFrom }] = await Promise.all([closingService(context).evaluation(subject.id), adoptionsService(context).forPilot(subject.id)]);
    const organisation = page.user?.organisation;
    const alreadyAdopted = organisation ? adoptions.some((adoption) => adoption.organisationId === organisation.id) : false;
    const adopt = !page.user ? 'sign_in' : organisation && organisation.id !== subject.initiatorOrganisationId && !alreadyAdopted && !subject.hidden ? 'form' : null;
    return (
      <ClosingSection ctx={page} pilotId={subject.id} evaluation={evaluation} adoptions={adoptions} adoptedFrom={adoptedFrom} adopt={adopt} isTeam={subject.viewerIsTeam} />
    );
  },
};
