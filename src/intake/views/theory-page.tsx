// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, ErrorSummary, TextAreaField, type FormState } from '../../platform/views/form-components.js';
import { assumptionLinks, theoryLinks } from '../intake.schemas.js';
import type { TheoryOfChange } from '../intake.service.js';
import { longDate } from './format.js';
import { TheoryChain } from './theory-chain.js';

/** The shown version as form values, so a new version starts from it. */
export function theoryFormValues(theory: TheoryOfChange | null): FormState {
  const values: Record<string, string> = {};
  if (theory) {
    for (const link of theoryLinks) values[link] = theory[link];
    for (const link of assumptionLinks) values[`${link}Assumption`] = theory[`${link}Assumption`] ?? '';
  }
  return { values, errors: {} };
}

function TheoryForm({ ctx, pilotId, form }: { ctx: PageContext; pilotId: number; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <form method="post" action={`/pilots/${pilotId}/theory-of-change`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      {theoryLinks.map((link, index) => {
        const next = theoryLinks[index + 1];
        return (
          <>
            <TextAreaField form={form} name={link} label={t(`intake.theory.links.${link}`)} description={t(`intake.theory.hints.${link}`)} t={t} required rows={3} maxlength={2000} />
            {next ? (
              <TextAreaField
                form={form}
                name={`${link}Assumption`}
                label={t('intake.theory.assumptionLabel', { from: t(`intake.theory.links.${link}`), to: t(`intake.theory.links.${next}`) })}
                description={t('intake.theory.assumptionHint')}
                t={t}
                rows={2}
                maxlength={2000}
              />
            ) : (
              ''
            )}
          </>
        );
      })}
      <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('intake.theory.save')}</button>
    </form>
  );
}

interface TheoryPageProps {
  ctx: PageContext;
  pilot: { id: number; title: string };
  theory: TheoryOfChange | null;
  versions: readonly { version: number; createdAt: string }[];
  form: FormState | null;
}

/** GET /pilots/:id/theory-of-change: the chain (current or a chosen version), the versions, and the form for the team. */
export function TheoryPage({ ctx, pilot, theory, versions, form }: TheoryPageProps): JSX.Element {
  const { t } = ctx;
  const title = t('intake.theory.pageTitle', { pilot: pilot.title });
  const latest = versions[0]?.version;
  return (
    <Layout ctx={ctx} title={title}>
      <>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/pilots/${pilot.id}`} safe>{t('intake.back')}</a>
        </p>
        <h1 class="utrecht-heading-1" safe>{title}</h1>
        {form ? <ErrorSummary form={form} t={t} /> : ''}
        <p class="utrecht-paragraph" safe>{t('intake.theory.intro')}</p>
        {theory ? (
          <>
            <h2 class="utrecht-heading-2" safe>{t('intake.theory.version', { version: theory.version, date: longDate(theory.createdAt, ctx.locale) })}</h2>
            <TheoryChain ctx={ctx} theory={theory} />
          </>
        ) : (
          <p class="utrecht-paragraph" safe>{t('intake.theory.none')}</p>
        )}
        {versions.length > 1 ? (
          <>
            <h2 class="utrecht-heading-2" safe>{t('intake.theory.versions')}</h2>
            <ul class="utrecht-unordered-list">
              {versions.map((entry) => {
                const label = t('intake.theory.showVersion', { version: entry.version, date: longDate(entry.createdAt, ctx.locale) });
                const href = entry.version === latest ? `/pilots/${pilot.id}/theory-of-change` : `/pilots/${pilot.id}/theory-of-change?version=${entry.version}`;
                return (
                  <li>
                    <a class="utrecht-link" href={href} aria-current={theory?.version === entry.version ? 'page' : undefined} safe>{label}</a>
                    {entry.version === latest ? <span class="ps-muted" safe>{` (${t('intake.theory.current')})`}</span> : ''}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          ''
        )}
        {form ? (
          <>
            <h2 class="utrecht-heading-2" safe>{theory ? t('intake.theory.formHeading') : t('intake.theory.start')}</h2>
            <TheoryForm ctx={ctx} pilotId={pilot.id} form={form} />
          </>
        ) : (
          ''
        )}
      </>
    </Layout>
  );
}
