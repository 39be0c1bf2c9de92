import { createTranslator } from '@tandem/i18n';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { apiErrorKey, toFormErrors } from '../src/form-errors.server.ts';

function apiError(data: unknown) {
  return new TRPCClientError('refused', {
    result: { error: { code: -32600, message: 'refused', data } },
  });
}

const nl = createTranslator('nl');

describe('toFormErrors', () => {
  it('translates the error key into a message for the whole form', () => {
    const error = apiError({ appError: { key: 'auth.invalid_credentials' } });
    expect(toFormErrors(error, nl)).toEqual({
      formError: 'Het e-mailadres of het wachtwoord klopt niet.',
      fieldErrors: {},
    });
  });

  it('puts parameters into the message', () => {
    const error = apiError({
      appError: { key: 'auth.rate_limited', params: { retryAfterMinutes: 15 } },
    });
    expect(toFormErrors(error, nl).formError).toBe(
      'Te veel pogingen. Probeer het over 15 minuten opnieuw.',
    );
  });

  it('gives each field its own message and lets them speak instead of a generic line', () => {
    const error = apiError({
      appError: { key: 'validation.invalid_input' },
      fieldErrors: {
        name: { key: 'validation.required' },
        minContactFrequencyDays: { key: 'validation.too_big', params: { maximum: 14 } },
        shorterDurationReason: { key: 'programme.reason_required_below_six_months' },
      },
    });
    expect(toFormErrors(error, createTranslator('fr'))).toEqual({
      formError: null,
      fieldErrors: {
        name: 'Complétez ce champ.',
        minContactFrequencyDays: 'Indiquez 14 ou moins.',
        shorterDurationReason: 'Expliquez pourquoi le programme dure moins de 6 mois.',
      },
    });
  });

  it('reports a problem with one item of a list against the list field', () => {
    const error = apiError({
      appError: { key: 'validation.invalid_input' },
      fieldErrors: { 'languages.1': { key: 'validation.invalid_format' } },
    });
    expect(toFormErrors(error, nl).fieldErrors).toEqual({
      languages: 'Dit heeft niet de juiste vorm.',
    });
  });

  it('uses the message a form chose for a field', () => {
    const error = apiError({
      appError: { key: 'validation.invalid_input' },
      fieldErrors: { languages: { key: 'validation.required' } },
    });
    expect(
      toFormErrors(error, nl, { languages: 'programme.field.languagesError' }).fieldErrors,
    ).toEqual({ languages: 'Kies minstens één taal.' });
  });

  it('shows a problem with the whole input above the form', () => {
    const error = apiError({
      appError: { key: 'validation.invalid_input' },
      fieldErrors: { _form: { key: 'validation.invalid_format' } },
    });
    expect(toFormErrors(error, nl)).toEqual({
      formError: 'Dit heeft niet de juiste vorm.',
      fieldErrors: {},
    });
  });

  it('falls back to the internal-error message for a key it does not know', () => {
    const error = apiError({ appError: { key: 'something.new' } });
    expect(toFormErrors(error, nl).formError).toBe(
      'Er ging bij ons iets mis. Probeer het opnieuw.',
    );
  });

  it('treats an unreachable API as an internal error', () => {
    const error = new TRPCClientError('fetch failed');
    expect(toFormErrors(error, nl).formError).toBe(
      'Er ging bij ons iets mis. Probeer het opnieuw.',
    );
  });

  it('throws anything that is not an API error on to the error boundary', () => {
    const bug = new TypeError('undefined is not a function');
    expect(() => toFormErrors(bug, nl)).toThrow(bug);
  });
});

describe('apiErrorKey', () => {
  it('reads the key of an API error and nothing else', () => {
    expect(apiErrorKey(apiError({ appError: { key: 'not_found' } }))).toBe('not_found');
    expect(apiErrorKey(new Error('not_found'))).toBeNull();
  });
});
