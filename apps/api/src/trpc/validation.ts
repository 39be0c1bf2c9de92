import type { z } from 'zod';

export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}

/** Schemas may name their own message key (`{ error: 'programme.…' }`); it wins. */
const KEY_PATTERN = /^[a-z_]+(\.[a-z0-9_]+)+$/;

function issueToFieldError(issue: z.core.$ZodIssue): FieldError {
  if (KEY_PATTERN.test(issue.message)) {
    const params: Record<string, string | number> = {};
    if ('minimum' in issue) params.minimum = Number(issue.minimum);
    if ('maximum' in issue) params.maximum = Number(issue.maximum);
    return Object.keys(params).length > 0 ? { key: issue.message, params } : { key: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int'
        ? { key: 'validation.not_integer' }
        : { key: 'validation.required' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { key: 'validation.required' }
          : { key: 'validation.too_short', params: { minimum: Number(issue.minimum) } };
      }
      if (issue.origin === 'array' && Number(issue.minimum) <= 1)
        return { key: 'validation.required' };
      return { key: 'validation.too_small', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'validation.too_long', params: { maximum: Number(issue.maximum) } }
        : { key: 'validation.too_big', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return issue.format === 'email'
        ? { key: 'validation.invalid_email' }
        : { key: 'validation.invalid_format' };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'validation.invalid_choice' };
    default:
      return { key: 'validation.invalid_format' };
  }
}

/** The first problem per field: one clear message next to each field is enough. */
export function fieldErrorsFromZod(error: z.ZodError): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_form';
    fields[path] ??= issueToFieldError(issue);
  }
  return fields;
}
