import { text, texts } from '@tandem/web-kit/server';
import type { ProgrammeFormValues } from './programme-form.ts';

export function readProgrammeForm(form: FormData): ProgrammeFormValues {
  return {
    name: text(form, 'name'),
    description: text(form, 'description'),
    languages: texts(form, 'languages'),
    plannedDurationMonths: text(form, 'plannedDurationMonths'),
    shorterDurationReason: text(form, 'shorterDurationReason'),
    minContactFrequencyDays: text(form, 'minContactFrequencyDays'),
  };
}

/** An emptied number field goes as NaN so the API says the field needs a number. */
function wholeNumber(value: string): number {
  return value === '' ? Number.NaN : Number(value);
}

export function toProgrammeInput(values: ProgrammeFormValues) {
  return {
    name: values.name,
    description: values.description,
    languages: values.languages,
    plannedDurationMonths: wholeNumber(values.plannedDurationMonths),
    shorterDurationReason:
      values.shorterDurationReason === '' ? null : values.shorterDurationReason,
    minContactFrequencyDays: wholeNumber(values.minContactFrequencyDays),
  };
}
