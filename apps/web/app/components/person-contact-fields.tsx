import { LocaleField, TextField } from '@tandem/web-kit';

interface PersonContactFieldsProps {
  /** The language field's name: `preferredLocale` on an application, `locale` on a registration. */
  localeField: 'preferredLocale' | 'locale';
  labels: { name: string; email: string; phone: string; locale: string };
  localeHint: string;
  values:
    | Partial<Record<'name' | 'email' | 'phone' | 'preferredLocale' | 'locale', string>>
    | undefined;
  fieldErrors: Partial<Record<string, string>>;
  /** The language the page is read in, proposed when the person has not chosen yet. */
  pageLocale: string;
}

/** Who a person is and how to reach them, as the public forms (apply, register) ask it. */
export function PersonContactFields({
  localeField,
  labels,
  localeHint,
  values,
  fieldErrors,
  pageLocale,
}: PersonContactFieldsProps) {
  return (
    <>
      <TextField
        name="name"
        label={labels.name}
        required
        autoComplete="name"
        defaultValue={values?.name}
        error={fieldErrors.name}
      />
      <TextField
        name="email"
        type="email"
        inputMode="email"
        label={labels.email}
        required
        autoComplete="email"
        defaultValue={values?.email}
        error={fieldErrors.email}
      />
      <TextField
        name="phone"
        type="tel"
        inputMode="tel"
        label={labels.phone}
        autoComplete="tel"
        defaultValue={values?.phone}
        error={fieldErrors.phone}
      />
      <LocaleField
        name={localeField}
        label={labels.locale}
        hint={localeHint}
        defaultValue={values?.[localeField] ?? pageLocale}
        error={fieldErrors[localeField]}
      />
    </>
  );
}
