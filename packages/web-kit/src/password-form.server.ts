import type { Translator } from '@tandem/i18n';
import type { FormErrors } from './form-result.ts';

/**
 * The new password sent as `name`, or the problem when its repetition differs. Passwords
 * are taken as typed: a space at either end is part of them.
 */
export function confirmedPassword(
  form: FormData,
  name: string,
  t: Translator,
): { password: string; errors: null } | { password: null; errors: FormErrors } {
  const password = String(form.get(name) ?? '');
  if (password === String(form.get('confirmPassword') ?? '')) return { password, errors: null };
  return {
    password: null,
    errors: { formError: null, fieldErrors: { confirmPassword: t.t('password.mismatch') } },
  };
}
