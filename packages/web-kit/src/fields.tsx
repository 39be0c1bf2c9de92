import { defaultLocale, localeNames, locales } from '@tandem/i18n';
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
  /** Only when one form field name appears more than once on a page. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  defaultValue?: string | number;
  type?:
    | 'text'
    | 'email'
    | 'password'
    | 'number'
    | 'url'
    | 'tel'
    | 'search'
    | 'date'
    | 'datetime-local';
  autoComplete?: string;
  inputMode?: 'numeric' | 'email' | 'text' | 'tel';
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
  /** Only when one form field name appears more than once on a page. */
  id?: string;
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
  /** Called with the chosen value, for a form that shows or hides fields after it. */
  onValueChange?: (value: string) => void;
}

export function SelectField({
  options,
  defaultValue,
  placeholder,
  onValueChange,
  ...frame
}: SelectFieldProps) {
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
          onChange={onValueChange ? (event) => onValueChange(event.target.value) : undefined}
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

interface LocaleFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** What the person chose before; the platform's default language otherwise. */
  defaultValue?: string | undefined;
}

/** The language a person or an organisation works in; each named in its own language. */
export function LocaleField({ defaultValue, ...field }: LocaleFieldProps) {
  return (
    <SelectField
      {...field}
      required
      options={locales.map((locale) => ({
        value: locale,
        label: localeNames[locale],
        lang: locale,
      }))}
      defaultValue={defaultValue ?? defaultLocale}
    />
  );
}

interface FieldsetFrameProps {
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  className: string;
  children: ReactNode;
}

/** Legend, hint and error of a group of inputs, linked for screen readers. */
function FieldsetFrame({
  name,
  legend,
  hint,
  error,
  required,
  className,
  children,
}: FieldsetFrameProps) {
  const { t } = useTranslator();
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  const errorId = error ? `${fieldId(name)}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={error ? `field field--invalid ${className}` : `field ${className}`}
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
      {children}
    </fieldset>
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
export function CheckboxGroup({ defaultValues = [], ...group }: CheckboxGroupProps) {
  return (
    <ChoiceGroup {...group} type="checkbox" isChecked={(value) => defaultValues.includes(value)} />
  );
}

interface ChoiceGroupProps extends Omit<CheckboxGroupProps, 'defaultValues'> {
  type: 'checkbox' | 'radio';
  isChecked: (value: string) => boolean;
  onValueChange?: ((value: string) => void) | undefined;
}

/** Boxes or buttons in a fieldset, the first carrying the field's id for the error summary. */
function ChoiceGroup({
  name,
  legend,
  options,
  hint,
  error,
  required,
  type,
  isChecked,
  onValueChange,
}: ChoiceGroupProps) {
  return (
    <FieldsetFrame
      name={name}
      legend={legend}
      hint={hint}
      error={error}
      required={required}
      className="checkbox-group"
    >
      <div className="checkbox-group__options">
        {options.map((option, index) => {
          const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${option.value}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                type={type}
                id={id}
                name={name}
                value={option.value}
                defaultChecked={isChecked(option.value)}
                aria-invalid={error ? true : undefined}
                onChange={onValueChange ? () => onValueChange(option.value) : undefined}
              />
              <label htmlFor={id} lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetFrame>
  );
}

interface CheckboxFieldProps {
  name: string;
  /** Only when one form field name appears more than once on a page. */
  id?: string;
  label: string;
  /** Sent when ticked; nothing is sent otherwise. */
  value?: string;
  hint?: string;
  error?: string;
  defaultChecked?: boolean;
}

/** One box that stands on its own, such as a consent. The label sits beside the box. */
export function CheckboxField({
  name,
  id: givenId,
  label,
  value = 'yes',
  hint,
  error,
  defaultChecked,
}: CheckboxFieldProps) {
  const id = givenId ?? fieldId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
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
      <div className="checkbox">
        <input
          type="checkbox"
          id={id}
          name={name}
          value={value}
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

interface RadioGroupProps {
  name: string;
  legend: string;
  options: readonly Option[];
  hint?: string;
  error?: string;
  required?: boolean;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
}

/** One choice of a few; the first button carries the field's id for the error summary. */
export function RadioGroup({ defaultValue, ...group }: RadioGroupProps) {
  return <ChoiceGroup {...group} type="radio" isChecked={(value) => value === defaultValue} />;
}

interface CheckboxGridProps {
  name: string;
  legend: string;
  /** Row and column headings, such as weekdays and parts of the day. */
  rows: readonly Option[];
  columns: readonly Option[];
  /** Each box sends `row.column` as its value. */
  defaultValues?: readonly string[];
  hint?: string;
  error?: string;
  required?: boolean;
  /** The accessible name of one box, such as "Monday, morning". */
  cellLabel: (row: Option, column: Option) => string;
}

/**
 * A table of checkboxes (rows × columns) that fits a phone: short headings, large boxes,
 * and every box named by its row and column for screen readers.
 */
export function CheckboxGrid({
  name,
  legend,
  rows,
  columns,
  defaultValues = [],
  hint,
  error,
  required,
  cellLabel,
}: CheckboxGridProps) {
  return (
    <FieldsetFrame
      name={name}
      legend={legend}
      hint={hint}
      error={error}
      required={required}
      className="checkbox-grid"
    >
      <table>
        <thead>
          <tr>
            <td />
            {columns.map((column) => (
              <th key={column.value} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={row.value}>
              <th scope="row">{row.label}</th>
              {columns.map((column, columnIndex) => {
                const value = `${row.value}.${column.value}`;
                const id =
                  rowIndex === 0 && columnIndex === 0 ? fieldId(name) : `${fieldId(name)}-${value}`;
                return (
                  <td key={column.value}>
                    <input
                      type="checkbox"
                      id={id}
                      name={name}
                      value={value}
                      defaultChecked={defaultValues.includes(value)}
                      aria-label={cellLabel(row, column)}
                      aria-invalid={error ? true : undefined}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </FieldsetFrame>
  );
}
