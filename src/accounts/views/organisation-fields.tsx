// SPDX-License-Identifier: EUPL-1.2
import { ChoiceGroup, TextField, type FormState } from '../../platform/views/form-components.js';
import type { Translate } from '../../platform/i18n.js';
import { addableOrganisationTypes } from '../accounts.schemas.js';

/** The organisation-picker script fills the datalist with suggestions; without it the field is plain text. */
export const organisationPickerScript = '/assets/organisation-picker.js';

/**
 * The employer: a text field the server resolves to a municipality (by name or CBS code) or a known organisation.
 * When the name matches nothing, the form comes back asking what kind of organisation to add.
 */
export function OrganisationFields({ form, t, askType }: { form: FormState; t: Translate; askType: boolean }): JSX.Element {
  return (
    <>
      <TextField
        form={form}
        name="organisation"
        label={t('accounts.fields.organisation')}
        description={t('accounts.help.organisation')}
        t={t}
        required
        autocomplete="organization"
        maxlength={200}
        list="organisation-suggestions"
      />
      <datalist id="organisation-suggestions" data-suggest-url="/organisations/suggest"></datalist>
      {askType ? (
        <>
          <input type="hidden" name="organisationAsked" value="1" />
          <ChoiceGroup
            form={form}
            name="organisationType"
            legend={t('accounts.fields.organisationType')}
            t={t}
            required
            type="radio"
            options={addableOrganisationTypes.map((type) => ({ value: type, label: t(`organisations.type.${type}`) }))}
          />
        </>
      ) : (
        ''
      )}
    </>
  );
}
