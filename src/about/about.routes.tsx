// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { pageContext, sendPage } from '../platform/http.js';
import { Layout } from '../platform/views/layout.js';

/** GET /about: what the platform is for and which pilots belong on it. Public and the same for everyone. */
export function registerAboutRoutes(app: FastifyInstance): void {
  app.get('/about', async (request, reply) => {
    const ctx = pageContext(request, reply);
    const { t } = ctx;
    return sendPage(
      reply,
      <Layout ctx={ctx} title={t('about.title')}>
        <article class="ps-prose">
          <h1 class="utrecht-heading-1" safe>{t('about.title')}</h1>
          <p class="utrecht-paragraph utrecht-paragraph--lead" safe>{t('about.intro')}</p>
          <h2 class="utrecht-heading-2" safe>{t('about.purposeHeading')}</h2>
          <ul class="utrecht-unordered-list">
            {[1, 2, 3, 4].map((n) => <li class="utrecht-unordered-list__item" safe>{t(`about.purpose${n}`)}</li>)}
          </ul>
          <h2 class="utrecht-heading-2" safe>{t('about.conditionsHeading')}</h2>
          <ol class="utrecht-ordered-list">
            {[1, 2, 3, 4].map((n) => <li class="utrecht-ordered-list__item" safe>{t(`about.conditions${n}`)}</li>)}
          </ol>
          <h2 class="utrecht-heading-2" safe>{t('about.openHeading')}</h2>
          <p class="utrecht-paragraph" safe>{t('about.open')}</p>
          <p class="utrecht-paragraph"><a class="utrecht-link" href="/api/v1/openapi.json" safe>{t('about.apiLink')}</a></p>
        </article>
      </Layout>,
    );
  });
}
