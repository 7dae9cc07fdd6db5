// SPDX-License-Identifier: EUPL-1.2
import type { PilotPageSection } from '../platform/module.js';
import { storiesService } from './stories.service.js';

/** Main-column block: the pilot's published stories; for its team in implementation or scaling, a link to write one. */
export const storiesPageSection: PilotPageSection = {
  id: 'stories',
  placement: 'main',
  order: 45,
  async render(context, subject, page) {
    const stories = storiesService(context);
    const [list, access] = await Promise.all([stories.forPilot(subject.id), subject.viewerIsTeam ? stories.writeAccess(subject.id, page.user) : Promise.resolve(null)]);
    const canWrite = access?.ok === true;
    if (list.length === 0 && !canWrite) return null;
    const { t } = page;
    return (
      <section aria-labelledby="stories-heading">
        <h2 class="utrecht-heading-2" id="stories-heading" safe>{t('knowledge.stories.section')}</h2>
        {list.length ? (
          <ul class="utrecht-unordered-list">
            {list.map((story) => (
              <li>
                <a class="utrecht-link" href={`/knowledge/stories/${story.id}`} safe>{story.title}</a>
              </li>
            ))}
          </ul>
        ) : (
          ''
        )}
        {canWrite ? (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`/pilots/${subject.id}/stories/new`} safe>{t('knowledge.stories.write')}</a>
          </p>
        ) : (
          ''
        )}
      </section>
    );
  },
};
