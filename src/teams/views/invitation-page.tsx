// SPDX-License-Identifier: EUPL-1.2
import { CsrfField } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

export type InvitationView =
  | { kind: 'invalid' }
  | { kind: 'open'; token: string; pilotTitle: string; role: string; wrongEmail: boolean };

/** The page behind an invitation link: sign in (or sign up) first, then accept. */
export function InvitationPage({ ctx, view }: { ctx: PageContext; view: InvitationView }): JSX.Element {
  const { t } = ctx;
  if (view.kind === 'invalid') {
    return (
      <Layout ctx={ctx} title={t('teams.invitation.invalidTitle')}>
        <>
          <h1 class="utrecht-heading-1" safe>{t('teams.invitation.invalidTitle')}</h1>
          <p class="utrecht-paragraph" safe>{t('teams.invitation.invalidText')}</p>
        </>
      </Layout>
    );
  }
  const here = `/invitations/${view.token}`;
  return (
    <Layout ctx={ctx} title={t('teams.invitation.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('teams.invitation.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('teams.invitation.text', { title: view.pilotTitle, role: view.role })}</p>
        {view.wrongEmail ? <p class="utrecht-paragraph ps-team-warning" role="alert" safe>{t('teams.invitation.wrongEmail')}</p> : ''}
        {ctx.user ? (
          <form method="post" action={here} class="ps-form">
            <CsrfField token={ctx.csrfToken} />
            <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('teams.invitation.accept')}</button>
          </form>
        ) : (
          <>
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`/sign-in?return=${encodeURIComponent(here)}`} safe>{t('teams.invitation.signIn')}</a>
            </p>
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={`/sign-up?return=${encodeURIComponent(here)}`} safe>{t('teams.invitation.signUp')}</a>
            </p>
          </>
        )}
      </>
    </Layout>
  );
}
