import type { ReactNode } from 'react';
import { useTranslator } from './i18n.tsx';

export function fieldId(name: string): string {
  return `field-${name}`;
}

interface FieldFrameProps {
  name: string;
  /** Only when one form field name appears more than once on a page. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (inputId: string, describedBy: string | undefined) => ReactNode;
}

/** Label, hint and error in the order a screen reader and a sighted person meet them. */
function FieldFrame({ name, id, label, hint, error, required, children }: FieldFrameProps) {
  const { t } = useTranslator();
  const inputId = id ?? fieldId(name);
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={inputId}>
        {label}
        {required ? null : <span className="field__optional"> ({t('form.optional')})</span>}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      {children(inputId, describedBy)}
    </div>
  );
}

interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  defaultValue?: string | number;
  type?: 'text' | 'email' | 'password' | 'number' | 'url';
  autoComplete?: string;
  inputMode?: 'numeric' | 'email' | 'text';
  min?: number;
  max?: number;
  readOnly?: boolean;
  onValueChange?: (value: string) => void;
}

export function TextField({
  type = 'text',
  defaultValue,
  autoComplete,
  inputMode,
  min,
  max,
  readOnly,
  onValueChange,
  ...frame
}: TextFieldProps) {
  return (
    <FieldFrame {...frame}>
      {(inputId, describedBy) => (
        <input
          id={inputId}
          name={frame.name}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          inputMode={inputMode}
          min={min}
          max={max}
          readOnly={readOnly}
          required={frame.required}
          aria-invalid={frame.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={onValueChange ? (event) => onValueChange(event.target.value) : undefined}
        />
      )}
    </FieldFrame>
  );
}

interface TextAreaFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  defaultValue?: string;
  rows?: number;
}

export function TextAreaField({ defaultValue, rows = 4, ...frame }: TextAreaFieldProps) {
  return (
    <FieldFrame {...frame}>
      {(inputId, describedBy) => (
        <textarea
          id={inputId}
          name={frame.name}
          defaultValue={defaultValue}
          rows={rows}
          required={frame.required}
          aria-invalid={frame.error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

interface SelectFieldProps {
  name: string;
  id?: string;
  label: string;
  options: readonly Option[];
  hint?: string;
  error?: string;
  required?: boolean;
  defaultValue?: string;
  placeholder?: string;
}

export function SelectField({ options, defaultValue, placeholder, ...frame }: SelectFieldProps) {
  return (
    <FieldFrame {...frame}>
      {(inputId, describedBy) => (
        <select
          id={inputId}
          name={frame.name}
          defaultValue={defaultValue ?? ''}
          required={frame.required}
          aria-invalid={frame.error ? true : undefined}
          aria-describedby={describedBy}
        >
          {placeholder ? (
            <option value="" disabled>
              {placeholder}
            </option>
          ) : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface CheckboxGroupProps {
  name: string;
  legend: string;
  options: readonly Option[];
  hint?: string;
  error?: string;
  required?: boolean;
  defaultValues?: readonly string[];
}

/** The first box carries the field's id, so the error summary's link lands in the group. */
export function CheckboxGroup({
  name,
  legend,
  options,
  hint,
  error,
  required,
  defaultValues = [],
}: CheckboxGroupProps) {
  const { t } = useTranslator();
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  const errorId = error ? `${fieldId(name)}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={error ? 'field field--invalid checkbox-group' : 'field checkbox-group'}
      aria-describedby={describedBy}
    >
      <legend>
        {legend}
        {required ? null : <span className="field__optional"> ({t('form.optional')})</span>}
      </legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      <div className="checkbox-group__options">
        {options.map((option, index) => {
          const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${option.value}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                type="checkbox"
                id={id}
                name={name}
                value={option.value}
                defaultChecked={defaultValues.includes(option.value)}
                aria-invalid={error ? true : undefined}
              />
              <label htmlFor={id} lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
