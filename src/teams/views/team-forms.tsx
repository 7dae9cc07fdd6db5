// SPDX-License-Identifier: EUPL-1.2
import { ChoiceGroup, CsrfField, SelectField, TextAreaField, TextField, type FormState } from '../../platform/views/form-components.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { assignableRoles, clientKinds, compositionTags } from '../teams.tables.js';

/** The role options shared by the invitation and role-change forms. */
export function roleOptions(ctx: PageContext) {
  return assignableRoles.map((role) => ({ value: role, label: ctx.t(`teams.role.${role}`) }));
}

function clientKindOptions(ctx: PageContext) {
  return clientKinds.map((kind) => ({ value: kind, label: ctx.t(`teams.clientKind.${kind}`) }));
}

/** Invite by e-mail with a role (and for a client, whether they decide). */
export function InviteForm({ ctx, pilotId, form }: { ctx: PageContext; pilotId: number; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <form method="post" action={`/pilots/${pilotId}/team/invitations`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <TextField form={form} name="email" type="email" autocomplete="email" label={t('teams.page.email')} t={t} required />
      <SelectField form={form} name="role" label={t('teams.page.role')} t={t} options={roleOptions(ctx)} required />
      <SelectField form={form} name="clientKind" label={t('teams.page.clientKindLabel')} t={t} options={clientKindOptions(ctx)} placeholder={t('teams.page.clientKindNone')} />
      <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('teams.page.invite')}</button>
    </form>
  );
}

/** A member ticks their own composition tags. */
export function OwnTagsForm({ ctx, pilotId, form }: { ctx: PageContext; pilotId: number; form: FormState }): JSX.Element {
  const { t } = ctx;
  const options = compositionTags.map((tag) => ({ value: tag, label: t(`teams.tag.${tag}`) }));
  return (
    <form method="post" action={`/pilots/${pilotId}/team/tags`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <ChoiceGroup form={form} name="tags" type="checkbox" legend={t('teams.page.ownTagsLegend')} t={t} options={options} />
      <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('teams.page.saveTags')}</button>
    </form>
  );
}

/** A coach posts a note for the team. */
export function CoachNoteForm({ ctx, pilotId, form }: { ctx: PageContext; pilotId: number; form: FormState }): JSX.Element {
  const { t } = ctx;
  return (
    <form method="post" action={`/pilots/${pilotId}/team/notes`} class="ps-form" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <TextAreaField form={form} name="note" label={t('teams.page.note')} t={t} required maxlength={4000} />
      <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('teams.page.addNote')}</button>
    </form>
  );
}
