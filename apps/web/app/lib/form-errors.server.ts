import type { MessageKey, Translator } from '@tandem/i18n';
import type { FormErrors } from '@tandem/web-kit';
import { toFormErrors } from '@tandem/web-kit/server';
import { TRPCClientError } from '@trpc/client';

/**
 * Like `toFormErrors`, for an API input with nested objects: `fields` names the form field of
 * each API path ("person.email" → "email"); the longest matching path wins, so
 * "onwardReferral.note" can go to one field and "onwardReferral" to another.
 */
export function toNestedFormErrors(
  error: unknown,
  t: Translator,
  fields: Readonly<Record<string, string>>,
  fieldMessages: Readonly<Record<string, MessageKey>> = {},
): FormErrors {
  const base = toFormErrors(error, t);
  const raw =
    error instanceof TRPCClientError ? Reflect.get(error.data ?? {}, 'fieldErrors') : null;
  if (!raw || typeof raw !== 'object') return base;
  const paths = Object.keys(fields).sort((a, b) => b.length - a.length);
  const fieldErrors: Record<string, string> = {};
  for (const [path, value] of Object.entries(raw as Record<string, unknown>)) {
    if (path === '_form') continue;
    const match = paths.find((p) => path === p || path.startsWith(`${p}.`));
    const field = match ? (fields[match] ?? path) : (path.split('.')[0] ?? path);
    if (field in fieldErrors) continue;
    const replacement = fieldMessages[field];
    const key = value && typeof value === 'object' ? Reflect.get(value, 'key') : null;
    const params = value && typeof value === 'object' ? Reflect.get(value, 'params') : undefined;
    fieldErrors[field] = replacement
      ? t.t(replacement)
      : t.t(typeof key === 'string' && t.isMessageKey(key) ? key : 'internal', params);
  }
  return { formError: base.formError, fieldErrors };
}
