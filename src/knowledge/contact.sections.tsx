// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../platform/module.js';

/** Side-column link for outsiders: write to the pilot's team through the platform (the form asks visitors to sign in). */
export const contactPageSection: PilotPageSection = {
  id: 'contact-team',
  placement: 'aside',
  order: 90,
  async render(_context, subject, page) {
    if (subject.state !== 'published' || subject.hidden || subject.viewerIsTeam) return null;
    const { t } = page;
    return (
      <section aria-labelledby="contact-team-heading">
        <h2 class="utrecht-heading-2" id="contact-team-heading" safe>{t('knowledge.contact.section')}</h2>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/knowledge/contact/pilot/${subject.id}`} safe>{t('knowledge.contact.sectionLink')}</a>
        </p>
      </section>
    );
  },
};
