import { LOCALES } from '@tandem/domain';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../auth/password.ts';

/** E-mail addresses are compared lower-cased and trimmed everywhere. */
export const Email = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());

export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: 'validation.password_too_short' })
  .max(256);

export const Locale = z.enum(LOCALES);

export const OrganisationId = z.uuid();

/** A one-line name a person typed: trimmed, required, bounded. */
export const Name = z.string().trim().min(1).max(200);
