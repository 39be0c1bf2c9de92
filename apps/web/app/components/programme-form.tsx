import { Form, Link, useNavigation } from '@remix-run/react';
import {
  CheckboxGroup,
  ErrorSummary,
  type FormErrors,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { useState } from 'react';
import { languageName, programmeLanguages } from '../lib/languages.ts';
import { needsShorterDurationReason, type ProgrammeFormValues } from '../lib/programme-form.ts';

interface ProgrammeFormProps {
  values: ProgrammeFormValues;
  errors?: FormErrors;
  submitLabel: string;
  cancelHref: string;
}

export function ProgrammeForm({ values, errors, submitLabel, cancelHref }: ProgrammeFormProps) {
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const [plannedDuration, setPlannedDuration] = useState(values.plannedDurationMonths);
  const fieldErrors = errors?.fieldErrors ?? {};
  const labels = {
    name: t('programme.field.name'),
    description: t('programme.field.description'),
    languages: t('programme.field.languages'),
    plannedDurationMonths: t('programme.field.plannedDurationMonths'),
    shorterDurationReason: t('programme.field.shorterDurationReason'),
    minContactFrequencyDays: t('programme.field.minContactFrequencyDays'),
  };
  const languageOptions = programmeLanguages.map((code) => ({
    value: code,
    label: languageName(translator, code),
  }));

  return (
    <>
      <ErrorSummary formError={errors?.formError} fieldErrors={fieldErrors} labels={labels} />
      <Form method="post" noValidate className="panel">
        <TextField
          name="name"
          label={labels.name}
          required
          defaultValue={values.name}
          error={fieldErrors.name}
        />
        <TextAreaField
          name="description"
          label={labels.description}
          hint={t('programme.field.descriptionHint')}
          defaultValue={values.description}
          error={fieldErrors.description}
        />
        <CheckboxGroup
          name="languages"
          legend={labels.languages}
          hint={t('programme.field.languagesHint')}
          options={languageOptions}
          required
          defaultValues={values.languages}
          error={fieldErrors.languages}
        />
        <TextField
          name="plannedDurationMonths"
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          label={labels.plannedDurationMonths}
          hint={t('programme.field.plannedDurationMonthsHint')}
          required
          defaultValue={values.plannedDurationMonths}
          error={fieldErrors.plannedDurationMonths}
          onValueChange={setPlannedDuration}
        />
        <div
          className="conditional-field"
          hidden={
            !needsShorterDurationReason(plannedDuration) && !fieldErrors.shorterDurationReason
          }
        >
          <TextAreaField
            name="shorterDurationReason"
            label={labels.shorterDurationReason}
            hint={t('programme.field.shorterDurationReasonHint')}
            required
            rows={3}
            defaultValue={values.shorterDurationReason}
            error={fieldErrors.shorterDurationReason}
          />
        </div>
        <TextField
          name="minContactFrequencyDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={14}
          label={labels.minContactFrequencyDays}
          hint={t('programme.field.minContactFrequencyDaysHint')}
          required
          defaultValue={values.minContactFrequencyDays}
          error={fieldErrors.minContactFrequencyDays}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('form.saving') : submitLabel}
          </button>
          <Link to={cancelHref} className="button button--quiet">
            {t('form.cancel')}
          </Link>
        </div>
      </Form>
    </>
  );
}
