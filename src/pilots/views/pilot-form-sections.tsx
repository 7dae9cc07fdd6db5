// SPDX-License-Identifier: EUPL-1.2
import { ChoiceGroup, SelectField, TextAreaField, TextField, fieldValues, type FormState, type Option } from '../../platform/views/form-components.js';
import type { Translate } from '../../platform/i18n.js';
import { pilotLimits } from '../pilots.schemas.js';
import { degrees, innovationAreas, innovationObjects, levels, phases, purposes, statuses, themes, type Phase } from '../pilots.tables.js';

interface SectionProps {
  form: FormState;
  t: Translate;
}

const options = (keys: readonly string[], t: Translate, prefix: string): Option[] => keys.map((key) => ({ value: key, label: t(`${prefix}.${key}`) }));
const label = (t: Translate, field: string) => t(`pilots.fields.${field}.label`);
const help = (t: Translate, field: string) => t(`pilots.fields.${field}.help`);

/** Title, summary, themes and keywords. */
export function AboutSection({ form, t }: SectionProps): JSX.Element {
  return (
    <section aria-labelledby="section-about">
      <h2 class="utrecht-heading-2" id="section-about" safe>{t('pilots.form.sections.about')}</h2>
      <TextField form={form} t={t} name="title" label={label(t, 'title')} description={help(t, 'title')} required maxlength={pilotLimits.title.max} />
      <TextAreaField form={form} t={t} name="summary" label={label(t, 'summary')} description={help(t, 'summary')} required rows={3} maxlength={pilotLimits.summary.max} />
      <ChoiceGroup form={form} t={t} name="themes" type="checkbox" legend={label(t, 'themes')} description={help(t, 'themes')} options={options(themes, t, 'pilots.theme')} required />
      <TextField form={form} t={t} name="tags" label={label(t, 'tags')} description={help(t, 'tags')} />
    </section>
  );
}

/** The five questions every registration answers (DOMAIN.md §3). */
export function DescriptionSection({ form, t }: SectionProps): JSX.Element {
  return (
    <section aria-labelledby="section-description">
      <h2 class="utrecht-heading-2" id="section-description" safe>{t('pilots.form.sections.description')}</h2>
      {(['what', 'goal', 'deliverables', 'approach', 'milestones'] as const).map((field) => (
        <TextAreaField form={form} t={t} name={field} label={label(t, field)} description={help(t, field)} required rows={5} maxlength={pilotLimits.longText} />
      ))}
    </section>
  );
}

/** The initiator (fixed: the member's organisation) and the participating organisations as text. */
export function OrganisationsSection({ form, t, initiatorName }: SectionProps & { initiatorName: string }): JSX.Element {
  return (
    <section aria-labelledby="section-organisations">
      <h2 class="utrecht-heading-2" id="section-organisations" safe>{t('pilots.form.sections.organisations')}</h2>
      <p class="utrecht-paragraph" safe>{t('pilots.form.initiatorValue', { organisation: initiatorName })}</p>
      <TextAreaField form={form} t={t} name="participants" label={label(t, 'participants')} description={help(t, 'participants')} rows={3} />
    </section>
  );
}

/**
 * Phase, status and, when stopped or on hold, why. After publishing, the phase changes only by a gate decision
 * (gates module), so `lockedPhase` shows it read-only with a link to the gate page instead of a choice.
 */
export function LifecycleSection({ form, t, lockedPhase }: SectionProps & { lockedPhase?: { pilotId: number; phase: Phase } }): JSX.Element {
  return (
    <section aria-labelledby="section-lifecycle">
      <h2 class="utrecht-heading-2" id="section-lifecycle" safe>{t('pilots.form.sections.lifecycle')}</h2>
      {lockedPhase ? (
        <div class="ps-locked-phase" id="field-phase">
          <p class="utrecht-paragraph" safe>{t('gates.form.currentPhase', { phase: t(`pilots.phase.${lockedPhase.phase}`) })}</p>
          <p class="utrecht-paragraph">
            <span safe>{t('gates.form.phaseLocked')}</span>{' '}
            <a class="utrecht-link" href={`/pilots/${lockedPhase.pilotId}/gates`} safe>{t('gates.form.gateLink')}</a>
          </p>
        </div>
      ) : (
        <SelectField form={form} t={t} name="phase" label={label(t, 'phase')} description={help(t, 'phase')} options={options(phases, t, 'pilots.phase')} required />
      )}
      <SelectField form={form} t={t} name="status" label={label(t, 'status')} description={help(t, 'status')} options={options(statuses, t, 'pilots.status')} required />
      <TextAreaField form={form} t={t} name="statusReason" label={label(t, 'statusReason')} description={help(t, 'statusReason')} rows={3} maxlength={1000} />
    </section>
  );
}

/** Repeated label/url rows: no script needed, empty rows are ignored. */
function LinkRows({ form, t }: SectionProps): JSX.Element {
  const labels = fieldValues(form, 'linkLabel');
  const urls = fieldValues(form, 'linkUrl');
  const filled = Math.max(labels.length, urls.length);
  const rows = Math.min(pilotLimits.links, Math.max(3, filled + 1));
  const error = form.errors.links;
  return (
    <fieldset class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`} id="field-links" aria-describedby={error ? 'field-links-description field-links-error' : 'field-links-description'}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <span safe>{label(t, 'links')}</span>
        <span class="ps-optional" safe>{` (${t('form.optional')})`}</span>
      </legend>
      <div class="utrecht-form-field-description" id="field-links-description" safe>{help(t, 'links')}</div>
      {error ? <div class="utrecht-form-field-error-message" id="field-links-error" safe>{error}</div> : ''}
      {Array.from({ length: rows }, (_, index) => (
        <div class="ps-link-row" role="group" aria-label={t('pilots.fields.links.row', { number: index + 1 })}>
          <div class="utrecht-form-field utrecht-form-field--text">
            <label class="utrecht-form-label" for={`field-linkLabel-${index}`} safe>{`${t('pilots.fields.links.row', { number: index + 1 })}: ${t('pilots.fields.links.linkLabel')}`}</label>
            <input class="utrecht-textbox utrecht-textbox--html-input" id={`field-linkLabel-${index}`} name="linkLabel" type="text" maxlength={120} value={labels[index] ?? ''} />
          </div>
          <div class="utrecht-form-field utrecht-form-field--text">
            <label class="utrecht-form-label" for={`field-linkUrl-${index}`} safe>{`${t('pilots.fields.links.row', { number: index + 1 })}: ${t('pilots.fields.links.linkUrl')}`}</label>
            <input class="utrecht-textbox utrecht-textbox--html-input" id={`field-linkUrl-${index}`} name="linkUrl" type="url" inputmode="url" maxlength={2000} value={urls[index] ?? ''} placeholder="https://" />
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** Contact person, dates and links. */
export function ContactSection({ form, t }: SectionProps): JSX.Element {
  return (
    <section aria-labelledby="section-contact">
      <h2 class="utrecht-heading-2" id="section-contact" safe>{t('pilots.form.sections.contact')}</h2>
      <TextField form={form} t={t} name="contactName" label={label(t, 'contactName')} description={help(t, 'contactName')} required autocomplete="name" maxlength={120} />
      <TextField form={form} t={t} name="contactEmail" type="email" label={label(t, 'contactEmail')} description={help(t, 'contactEmail')} required autocomplete="email" maxlength={254} />
      <TextField form={form} t={t} name="startDate" type="date" label={label(t, 'startDate')} description={help(t, 'startDate')} />
      <TextField form={form} t={t} name="plannedEndDate" type="date" label={label(t, 'plannedEndDate')} description={help(t, 'plannedEndDate')} />
      <LinkRows form={form} t={t} />
    </section>
  );
}

/** The optional classification: purpose, object, degree and level (with time to market). */
export function ClassificationSection({ form, t }: SectionProps): JSX.Element {
  const choose = t('pilots.form.choose');
  const purposeOptions = purposes.map((key) => ({ value: key, label: `${t(`pilots.purpose.${key}`)}: ${t(`pilots.purposeHelp.${key}`)}` }));
  return (
    <section aria-labelledby="section-classification">
      <h2 class="utrecht-heading-2" id="section-classification" safe>{t('pilots.form.sections.classification')}</h2>
      <p class="utrecht-paragraph" safe>{t('pilots.form.sections.classificationIntro')}</p>
      <ChoiceGroup form={form} t={t} name="purpose" type="radio" legend={label(t, 'purpose')} description={help(t, 'purpose')} options={purposeOptions} />
      <SelectField form={form} t={t} name="innovationObject" label={label(t, 'innovationObject')} description={help(t, 'innovationObject')} options={options(innovationObjects, t, 'pilots.object')} placeholder={choose} />
      <SelectField form={form} t={t} name="degree" label={label(t, 'degree')} description={help(t, 'degree')} options={options(degrees, t, 'pilots.degree')} placeholder={choose} />
      <SelectField form={form} t={t} name="level" label={label(t, 'level')} description={help(t, 'level')} options={options(levels, t, 'pilots.level')} placeholder={choose} />
    </section>
  );
}

/** The four publication conditions, each explained, with the confirmations the registrant gives. */
export function ConditionsSection({ form, t }: SectionProps): JSX.Element {
  const single = (name: string) => [{ value: '1', label: label(t, name) }];
  return (
    <section aria-labelledby="section-conditions">
      <h2 class="utrecht-heading-2" id="section-conditions" safe>{t('pilots.conditions.heading')}</h2>
      <p class="utrecht-paragraph" safe>{t('pilots.conditions.intro')}</p>
      <ChoiceGroup form={form} t={t} name="innovationAreas" type="checkbox" legend={t('pilots.conditions.name.municipal_innovation')} description={`${t('pilots.conditions.explain.municipal_innovation')} ${help(t, 'innovationAreas')}`} options={options(innovationAreas, t, 'pilots.innovationArea')} required />
      <div class="ps-condition-note">
        <h3 class="utrecht-heading-3" safe>{t('pilots.conditions.name.municipality_involved')}</h3>
        <p class="utrecht-paragraph" safe>{t('pilots.conditions.explain.municipality_involved')}</p>
      </div>
      <ChoiceGroup form={form} t={t} name="confirmsInDevelopment" type="checkbox" legend={t('pilots.conditions.name.still_in_development')} description={t('pilots.conditions.explain.still_in_development')} options={single('confirmsInDevelopment')} required />
      <ChoiceGroup form={form} t={t} name="confirmsNotCommercial" type="checkbox" legend={t('pilots.conditions.name.not_commercial')} description={t('pilots.conditions.explain.not_commercial')} options={single('confirmsNotCommercial')} required />
    </section>
  );
}
