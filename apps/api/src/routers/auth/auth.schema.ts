import { z } from 'zod';
import { Email, LineText, Locale, NewPassword, PasswordText } from '../../shared.schema.ts';

export const SignInInput = z.object({
  email: Email,
  password: PasswordText.min(1).max(256),
});

export const ChangePasswordInput = z.object({
  currentPassword: PasswordText.min(1).max(256),
  newPassword: NewPassword,
});

export const SetPasswordInput = z.object({
  token: LineText.regex(/^[a-z0-9]{16,128}$/),
  password: NewPassword,
});

export const SetLocaleInput = z.object({ locale: Locale });

export interface IssuedSessionOutput {
  token: string;
  expiresAt: string;
}
