// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../platform/i18n.js';
import { organisationTypes } from '../../organisations/organisations.tables.js';
import { phases, purposes, statuses, themes } from '../pilots.tables.js';
import type { PilotQuery } from '../pilots-search.schemas.js';

interface Option {
  value: string;
  label: string;
}

/** A fieldset of checkboxes: several values of one filter, any of which may match. */
function CheckboxGroup({ name, legend, options, chosen }: { name: string; legend: string; options: Option[]; chosen: readonly string[] }): JSX.Element {
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ps-filter">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" safe>{legend}</legend>
      {options.map((option) => (
        <div class="utrecht-form-field utrecht-form-field--checkbox ps-filter__choice">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id={`filter-${name}-${option.value}`}
            name={name}
            value={option.value}
            checked={chosen.includes(option.value)}
          />
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={`filter-${name}-${option.value}`} safe>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A select with an "All" first option; the empty value means "no filter" and is left out of the address. */
function FilterSelect({ name, label, options, value, t, hint }: { name: string; label: string; options: Option[]; value: string | undefined; t: Translate; hint?: string }): JSX.Element {
  const id = `filter-${name}`;
  return (
    <div class="utrecht-form-field utrecht-form-field--select ps-filter">
      <label class="utrecht-form-label" for={id} safe>{label}</label>
      {hint ? <div class="utrecht-form-field-description" id={`${id}-hint`} safe>{hint}</div> : ''}
      <select class="utrecht-select utrecht-select--html-select" id={id} name={name} aria-describedby={hint ? `${id}-hint` : undefined}>
        <option value="" safe>{t('finding.list.any')}</option>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value} safe>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

interface FilterFormProps {
  t: Translate;
  query: PilotQuery;
  /** What the municipality field shows: the municipality's name when known, else what was typed. */
  municipalityInput: string;
  provinces: readonly { code: string; name: string }[];
}

/** The filters beside the results. Part of the one GET form, so filtering works without JavaScript. */
export function ListFilters({ t, query, municipalityInput, provinces }: FilterFormProps): JSX.Element {
  return (
    <div class="ps-filters ps-finding__filters">
      <h2 class="utrecht-heading-2" safe>{t('finding.list.filtersHeading')}</h2>
      <CheckboxGroup name="theme" legend={t('finding.filter.theme')} chosen={query.theme ?? []} options={themes.map((value) => ({ value, label: t(`pilots.theme.${value}`) }))} />
      <CheckboxGroup name="phase" legend={t('finding.filter.phase')} chosen={query.phase ?? []} options={phases.map((value) => ({ value, label: t(`pilots.phase.${value}`) }))} />
      <CheckboxGroup name="status" legend={t('finding.filter.status')} chosen={query.status ?? []} options={statuses.map((value) => ({ value, label: t(`pilots.status.${value}`) }))} />
      <div class="utrecht-form-field utrecht-form-field--text ps-filter">
        <label class="utrecht-form-label" for="filter-municipality" safe>{t('finding.filter.municipality')}</label>
        <div class="utrecht-form-field-description" id="filter-municipality-hint" safe>{t('finding.list.municipalityHint')}</div>
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          id="filter-municipality"
          name="municipality"
          type="text"
          value={municipalityInput}
          autocomplete="off"
          maxlength={100}
          aria-describedby="filter-municipality-hint"
        />
      </div>
      <FilterSelect name="province" label={t('finding.filter.province')} hint={t('finding.list.provinceHint')} value={query.province} t={t} options={provinces.map((province) => ({ value: province.code, label: province.name }))} />
      <FilterSelect name="organisationType" label={t('finding.filter.organisationType')} value={query.organisationType} t={t} options={organisationTypes.map((value) => ({ value, label: t(`organisations.type.${value}`) }))} />
      <FilterSelect name="purpose" label={t('finding.filter.purpose')} value={query.purpose} t={t} options={purposes.map((value) => ({ value, label: t(`pilots.purpose.${value}`) }))} />
      {query.organisation !== undefined ? <input type="hidden" name="organisation" value={String(query.organisation)} /> : ''}
      {query.externalId !== undefined ? <input type="hidden" name="externalId" value={query.externalId} /> : ''}
      <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('finding.list.applyFilters')}</button>
    </div>
  );
}
