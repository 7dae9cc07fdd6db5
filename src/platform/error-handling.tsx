// SPDX-License-Identifier: EUPL-1.2
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';
import { pageContext, sendPage, wantsJson } from './http.js';
import { Layout } from './views/layout.js';

interface ErrorView {
  status: number;
  code: string;
}

/** Maps anything thrown to a status and a stable code; unknown errors become a 500 whose details stay in the log. */
function classify(error: unknown): ErrorView {
  if (error instanceof AppError) return { status: error.status, code: error.code };
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) return { status: 400, code: 'bad_request' };
  if (fastifyError.code === 'FST_CSRF_INVALID_TOKEN' || fastifyError.code === 'FST_CSRF_MISSING_SECRET') {
    return { status: 403, code: 'csrf_invalid' };
  }
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, code: 'too_large' };
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, code: 'unsupported_media_type' };
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { status: fastifyError.statusCode, code: fastifyError.statusCode === 429 ? 'too_many_requests' : 'bad_request' };
  }
  return { status: 500, code: 'internal' };
}

function ErrorPage({ request, reply, view }: { request: FastifyRequest; reply: FastifyReply; view: ErrorView }): JSX.Element {
  const ctx = pageContext(request, reply);
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`errors.${view.code}.title`)}>
      <div class="ps-error-page">
        <h1 class="utrecht-heading-1" safe>{t(`errors.${view.code}.title`)}</h1>
        <p class="utrecht-paragraph" safe>{t(`errors.${view.code}.text`)}</p>
        {view.status === 404 ? (
          <form method="get" action="/pilots" class="ps-search-form" role="search">
            <label class="utrecht-form-label" for="not-found-q" safe>{t('errors.not_found.search')}</label>
            <input class="utrecht-textbox utrecht-textbox--html-input" id="not-found-q" name="q" type="search" />
            <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('finding.list.searchButton')}</button>
          </form>
        ) : (
          ''
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/" safe>{t('errors.backHome')}</a>
        </p>
        {view.status >= 500 ? <p class="utrecht-paragraph ps-muted" safe>{t('errors.requestId', { id: request.id })}</p> : ''}
      </div>
    </Layout>
  );
}

async function respond(request: FastifyRequest, reply: FastifyReply, view: ErrorView): Promise<FastifyReply> {
  if (wantsJson(request)) {
    return reply.status(view.status).type('application/json').send({
      error: { code: view.code, status: view.status, message: request.t(`errors.${view.code}.title`), requestId: request.id },
    });
  }
  return sendPage(reply, <ErrorPage request={request} reply={reply} view={view} />, view.status);
}

/** One handler for every error: HTML or JSON by the request, no stack traces, 5xx details only in the log. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    const view = classify(error);
    if (view.status >= 500 || (error instanceof AppError && error.report)) {
      request.log.error({ err: error, requestId: request.id }, 'request failed');
    } else {
      request.log.info({ code: view.code, status: view.status }, 'request refused');
    }
    // The translator is set in onRequest; an error before it (a malformed URL) still needs one.
    if (!request.t) request.t = (key) => key;
    return respond(request, reply, view);
  });
  app.setNotFoundHandler(async (request, reply) => respond(request, reply, { status: 404, code: 'not_found' }));
}
