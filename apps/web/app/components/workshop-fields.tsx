import { type FormErrors, SelectField, TextField, useTranslator } from '@tandem/web-kit';
import type { ReactNode } from 'react';
import { type WorkshopValues, workshopKindOptions } from '../lib/workshop-form.ts';

/** The labels of a workshop form's own fields, beside the schedule's. */
export function workshopLabels({ t }: ReturnType<typeof useTranslator>) {
  return {
    theme: t('workshops.theme'),
    kind: t('workshops.kind'),
    durationMinutes: t('workshops.duration'),
    capacity: t('workshops.capacity'),
  };
}

/** The theme and kind, shown before the start. */
export function WorkshopLeadingFields({
  errors,
  values,
}: {
  errors?: FormErrors;
  values?: Partial<WorkshopValues>;
}): ReactNode {
  const translator = useTranslator();
  const labels = workshopLabels(translator);
  const fieldErrors = errors?.fieldErrors ?? {};
  return (
    <>
      <TextField
        name="theme"
        label={labels.theme}
        required
        defaultValue={values?.theme}
        error={fieldErrors.theme}
      />
      <SelectField
        name="kind"
        label={labels.kind}
        required
        options={workshopKindOptions(translator)}
        defaultValue={values?.kind ?? 'peer_exchange'}
        error={fieldErrors.kind}
      />
    </>
  );
}

/** How long and how many seats, shown after the place. */
export function WorkshopTrailingFields({
  errors,
  values,
}: {
  errors?: FormErrors;
  values?: Partial<WorkshopValues>;
}): ReactNode {
  const labels = workshopLabels(useTranslator());
  const fieldErrors = errors?.fieldErrors ?? {};
  return (
    <>
      <TextField
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={15}
        max={720}
        label={labels.durationMinutes}
        required
        defaultValue={values?.durationMinutes ?? '120'}
        error={fieldErrors.durationMinutes}
      />
      <TextField
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        label={labels.capacity}
        required
        defaultValue={values?.capacity ?? '20'}
        error={fieldErrors.capacity}
      />
    </>
  );
}
