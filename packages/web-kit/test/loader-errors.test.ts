import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { rethrowAsRouteError } from '../src/loader-errors.server.ts';

function apiError(data: unknown) {
  return new TRPCClientError('refused', {
    result: { error: { code: -32600, message: 'refused', data } },
  });
}

function statusOf(error: unknown): number | 'rethrown' {
  try {
    rethrowAsRouteError(error);
  } catch (thrown) {
    if (thrown === error) return 'rethrown';
    return (thrown as { init: { status: number } }).init.status;
  }
  throw new Error('did not throw');
}

const invalidId = { key: 'validation.invalid_format' };

describe('rethrowAsRouteError', () => {
  it('answers 404 and 403 for what the API could not find or would not show', () => {
    expect(statusOf(apiError({ appError: { key: 'not_found' } }))).toBe(404);
    expect(statusOf(apiError({ appError: { key: 'forbidden' } }))).toBe(403);
  });

  it('answers 404 for an id from the address that is not an id (a mistyped address)', () => {
    const error = apiError({
      appError: { key: 'validation.invalid_input' },
      fieldErrors: { programmeId: invalidId },
    });
    expect(statusOf(error)).toBe(404);
    const two = apiError({
      appError: { key: 'validation.invalid_input' },
      fieldErrors: { organisationId: invalidId, applicationId: invalidId },
    });
    expect(statusOf(two)).toBe(404);
  });

  it('leaves other invalid input a failure of the page, for the log', () => {
    const error = apiError({
      appError: { key: 'validation.invalid_input' },
      fieldErrors: { programmeId: invalidId, name: { key: 'validation.required' } },
    });
    expect(statusOf(error)).toBe('rethrown');
    expect(statusOf(apiError({ appError: { key: 'validation.invalid_input' } }))).toBe('rethrown');
    expect(statusOf(new Error('bug'))).toBe('rethrown');
  });
});
