// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../i18n.js';

/** What a form shows: the values the user typed (kept after a failed submit) and translated errors per field. */
export interface FormState {
  readonly values: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly errors: Readonly<Record<string, string>>;
}

export const emptyForm: FormState = { values: {}, errors: {} };

export function fieldValue(form: FormState, name: string): string {
  const value = form.values[name];
  return typeof value === 'string' ? value : '';
}

export function fieldValues(form: FormState, name: string): readonly string[] {
  const value = form.values[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/**
 * Text for a value="" attribute that the browser gives back exactly as typed. @kitajs/html escapes only the
 * double quote in attributes, so a typed "&amp;" would come back as "&" without this.
 */
export const typedValue = (value: string): string => value.replace(/&/g, '&amp;');

const fieldId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

interface FieldShellProps {
  name: string;
  label: string;
  description?: string;
  error?: string;
  required?: boolean;
  t: Translate;
  children: JSX.Element;
  kind?: string;
}

/** Label, description and error message around one control, marked up as an NL Design System form field. */
function FieldShell({ name, label, description, error, required, t, children, kind = 'text' }: FieldShellProps): JSX.Element {
  const id = fieldId(name);
  return (
    <div class={`utrecht-form-field utrecht-form-field--${kind}${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          <span safe>{label}</span>
          {required ? '' : <span class="ps-optional" safe>{` (${t('form.optional')})`}</span>}
        </label>
      </div>
      {description ? (
        <div class="utrecht-form-field-description" id={`${id}-description`} safe>
          {description}
        </div>
      ) : (
        ''
      )}
      {error ? (
        <div class="utrecht-form-field-error-message" id={`${id}-error`} safe>
          {error}
        </div>
      ) : (
        ''
      )}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

function describedBy(name: string, description?: string, error?: string): string | undefined {
  const id = fieldId(name);
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface TextFieldProps {
  form: FormState;
  name: string;
  label: string;
  t: Translate;
  description?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'search' | 'number';
  autocomplete?: string;
  maxlength?: number;
  list?: string;
  inputmode?: string;
}

export function TextField(props: TextFieldProps): JSX.Element {
  const { form, name, label, t, description, required, type = 'text', autocomplete, maxlength, list } = props;
  const error = form.errors[name];
  // Passwords are never sent back to the browser, even after a failed submit.
  const value = type === 'password' ? '' : typedValue(fieldValue(form, name));
  return (
    <FieldShell name={name} label={label} description={description} error={error} required={required} t={t}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        id={fieldId(name)}
        name={name}
        type={type}
        value={value}
        required={required}
        autocomplete={autocomplete}
        maxlength={maxlength}
        list={list}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, description, error)}
      />
    </FieldShell>
  );
}

interface TextAreaFieldProps {
  form: FormState;
  name: string;
  label: string;
  t: Translate;
  description?: string;
  required?: boolean;
  rows?: number;
  maxlength?: number;
}

export function TextAreaField({ form, name, label, t, description, required, rows = 4, maxlength }: TextAreaFieldProps): JSX.Element {
  const error = form.errors[name];
  return (
    <FieldShell name={name} label={label} description={description} error={error} required={required} t={t} kind="textarea">
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        id={fieldId(name)}
        name={name}
        rows={String(rows)}
        required={required}
        maxlength={maxlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, description, error)}
        safe
      >
        {fieldValue(form, name)}
      </textarea>
    </FieldShell>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps {
  form: FormState;
  name: string;
  label: string;
  t: Translate;
  options: readonly Option[];
  description?: string;
  required?: boolean;
  /** Label of an empty first option; omit for none. */
  placeholder?: string;
}

export function SelectField({ form, name, label, t, options, description, required, placeholder }: SelectFieldProps): JSX.Element {
  const error = form.errors[name];
  const current = fieldValue(form, name);
  return (
    <FieldShell name={name} label={label} description={description} error={error} required={required} t={t} kind="select">
      <select
        class={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        id={fieldId(name)}
        name={name}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, description, error)}
      >
        {placeholder !== undefined ? <option value="" safe>{placeholder}</option> : ''}
        {options.map((option) => (
          <option value={option.value} selected={option.value === current} safe>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface ChoiceGroupProps {
  form: FormState;
  name: string;
  legend: string;
  t: Translate;
  options: readonly Option[];
  type: 'checkbox' | 'radio';
  description?: string;
  required?: boolean;
}

/** A fieldset of checkboxes or radio buttons. */
export function ChoiceGroup({ form, name, legend, t, options, type, description, required }: ChoiceGroupProps): JSX.Element {
  const error = form.errors[name];
  const chosen = new Set(fieldValues(form, name));
  const id = fieldId(name);
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      aria-describedby={describedBy(name, description, error)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <span safe>{legend}</span>
        {required ? '' : <span class="ps-optional" safe>{` (${t('form.optional')})`}</span>}
      </legend>
      {description ? <div class="utrecht-form-field-description" id={`${id}-description`} safe>{description}</div> : ''}
      {error ? <div class="utrecht-form-field-error-message" id={`${id}-error`} safe>{error}</div> : ''}
      <div class="ps-choices">
        {options.map((option, index) => (
          <div class={`utrecht-form-field utrecht-form-field--${type === 'radio' ? 'radio' : 'checkbox'}`}>
            <input
              class={type === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input'}
              type={type}
              id={`${id}-${index}`}
              name={name}
              value={option.value}
              checked={chosen.has(option.value)}
            />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-${index}`} safe>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The list of problems at the top of a form that failed; app.js moves focus to it, each entry links to its field. */
export function ErrorSummary({ form, t }: { form: FormState; t: Translate }): JSX.Element {
  const entries = Object.entries(form.errors);
  if (entries.length === 0) return '';
  return (
    <div class="utrecht-alert utrecht-alert--error ps-error-summary" role="alert" tabindex="-1" id="error-summary">
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2 utrecht-alert__heading" safe>{t('form.errorSummary', { count: entries.length })}</h2>
        <ul class="utrecht-unordered-list">
          {entries.map(([name, message]) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`#${fieldId(name)}`} safe>
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The hidden CSRF field every POST form carries. */
export function CsrfField({ token }: { token: string }): JSX.Element {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Button({ children, kind = 'primary', name, value, type = 'submit' }: { children: JSX.Element; kind?: 'primary' | 'secondary' | 'subtle'; name?: string; value?: string; type?: 'submit' | 'button' }): JSX.Element {
  return (
    <button class={`utrecht-button utrecht-button--${kind}-action`} type={type} name={name} value={value}>
      {children}
    </button>
  );
}
