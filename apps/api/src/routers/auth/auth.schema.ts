import { z } from 'zod';
import { Email, Locale, NewPassword } from '../shared.schema.ts';

export const SignInInput = z.object({
  email: Email,
  password: z.string().min(1).max(256),
});

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: NewPassword,
});

export const SetPasswordInput = z.object({
  token: z.string().regex(/^[a-z0-9]{16,128}$/),
  password: NewPassword,
});

export const SetLocaleInput = z.object({ locale: Locale });

export interface IssuedSessionOutput {
  token: string;
  expiresAt: string;
}
