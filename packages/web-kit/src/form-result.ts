/** Translated problems of a submitted form: one for the form, one per field at most. */
export interface FormErrors {
  formError: string | null;
  fieldErrors: Record<string, string>;
}

/** What a refused form hands back: its problems and what the person typed. */
export interface FormResult<Values> extends FormErrors {
  values: Values;
}

export type SignInActionData = FormResult<{ email: string }>;
