import type { MessageKey, MessageParams, Translator } from '@tandem/i18n';
import { TRPCClientError } from '@trpc/client';
import type { FormErrors } from './form-result.ts';

interface KeyedMessage {
  key: string;
  params?: MessageParams;
}

function isKeyedMessage(value: unknown): value is KeyedMessage {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'key') === 'string'
  );
}

function translate(t: Translator, message: KeyedMessage): string {
  return t.t(t.isMessageKey(message.key) ? message.key : 'internal', message.params);
}

/**
 * Turns an API failure into what the form shows. `fieldMessages` replaces the generic
 * message of a field with one that fits it (a checkbox group is "chosen", not "filled in").
 * Anything that is not an API error is a bug and is thrown on to the error boundary.
 */
export function toFormErrors(
  error: unknown,
  t: Translator,
  fieldMessages: Readonly<Record<string, MessageKey>> = {},
): FormErrors {
  if (!(error instanceof TRPCClientError)) throw error;
  const data: unknown = error.data;
  const appError = typeof data === 'object' && data !== null ? Reflect.get(data, 'appError') : null;
  const rawFieldErrors =
    typeof data === 'object' && data !== null ? Reflect.get(data, 'fieldErrors') : null;

  const fieldErrors: Record<string, string> = {};
  if (typeof rawFieldErrors === 'object' && rawFieldErrors !== null) {
    for (const [path, fieldError] of Object.entries(rawFieldErrors)) {
      if (!isKeyedMessage(fieldError)) continue;
      // "languages.2" is a problem with the languages field.
      const field = path.split('.')[0] ?? path;
      if (field in fieldErrors) continue;
      const replacement = fieldMessages[field];
      fieldErrors[field] = replacement ? t.t(replacement) : translate(t, fieldError);
    }
  }

  const formLevel = fieldErrors._form;
  delete fieldErrors._form;
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  // Field messages already say what is wrong; the summary lists them instead of a generic line.
  const formError =
    formLevel ??
    (hasFieldErrors
      ? null
      : translate(t, isKeyedMessage(appError) ? appError : { key: 'internal' }));
  return { formError, fieldErrors };
}

/** The error key of an API failure, for the few places that act on it (not found, signed out). */
export function apiErrorKey(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  const appError = typeof data === 'object' && data !== null ? Reflect.get(data, 'appError') : null;
  return isKeyedMessage(appError) ? appError.key : null;
}
