// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, TextAreaField, TextField, type FormState } from '../../platform/views/form-components.js';
import type { LinkedPilot } from '../connections.service.js';

/** The moderator's form to link a pilot to another one by number or web address. */
export function ConnectionForm({ ctx, pilotId, form }: { ctx: PageContext; pilotId: number; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <form method="post" action={`/pilots/${pilotId}/connections`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <TextField form={form} name="otherPilot" label={t('participation.connections.reference')} description={t('participation.connections.referenceHint')} t={t} required maxlength={500} />
      <TextAreaField form={form} name="connectionNote" label={t('participation.connections.note')} description={t('participation.connections.noteHint')} t={t} rows={2} maxlength={500} />
      <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('participation.connections.submit')}</button>
    </form>
  );
}

/** The linked pilots, each with its note and, for moderators, a button to remove the link. */
export function LinkedPilotList({ ctx, pilotId, links, canLink }: { ctx: PageContext; pilotId: number; links: readonly LinkedPilot[]; canLink: boolean }): JSX.Element {
  const { t } = ctx;
  if (links.length === 0) return <p class="utrecht-paragraph ps-muted" safe>{t('participation.connections.none')}</p>;
  return (
    <ul class="ps-connections">
      {links.map((link) => (
        <li class="ps-connections__item">
          <a class="utrecht-link" href={`/pilots/${link.id}`} safe>{link.title}</a>
          {link.note ? <p class="utrecht-paragraph ps-muted" safe>{link.note}</p> : ''}
          {canLink ? (
            <form
              method="post"
              action={`/pilots/${pilotId}/connections/${link.id}/remove`}
              class="ps-inline-form"
              data-confirm={t('participation.connections.removeConfirm', { pilot: link.title })}
            >
              <CsrfField token={ctx.csrfToken} />
              <button class="utrecht-button utrecht-button--subtle-action" type="submit" aria-label={t('participation.connections.removeLabel', { pilot: link.title })} safe>
                {t('participation.connections.remove')}
              </button>
            </form>
          ) : (
            ''
          )}
        </li>
      ))}
    </ul>
  );
}

/** The pilot page's "Linked pilots" block: shown on both linked pilots; moderators also get the link form. */
export function ConnectionsSection({ ctx, pilotId, links, canLink, form }: { ctx: PageContext; pilotId: number; links: readonly LinkedPilot[]; canLink: boolean; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <section class="ps-connections-section" aria-labelledby="connections-heading">
      <h2 class="utrecht-heading-2" id="connections-heading" safe>{t('participation.connections.heading')}</h2>
      {links.length > 0 ? <p class="utrecht-paragraph" safe>{t('participation.connections.intro')}</p> : ''}
      <LinkedPilotList ctx={ctx} pilotId={pilotId} links={links} canLink={canLink} />
      {canLink ? (
        <>
          <h3 class="utrecht-heading-3" safe>{t('participation.connections.formHeading')}</h3>
          <ConnectionForm ctx={ctx} pilotId={pilotId} form={form} />
        </>
      ) : (
        ''
      )}
    </section>
  );
}
