import { describe, expect, it } from 'vitest';
import { BODY_LIMITS } from '../src/http/body-limit.ts';
import { createHarness } from './harness.ts';
import { HUGE, streamBody } from './oversize.ts';

/** Request body limits of the tRPC endpoint, over real HTTP. */
const h = await createHarness();
const coordinator = await h.tokenFor('coordinator@debrug.example');
const json = { 'content-type': 'application/json', authorization: `Bearer ${coordinator}` };

function tooLargeKey(body: string) {
  return (JSON.parse(body) as { error: { data: { appError: { key: string } } } }).error.data
    .appError.key;
}

describe('tRPC request body limit', () => {
  it('refuses a streamed body without a length once it passes the limit, without reading the rest', async () => {
    const answer = await streamBody(`${h.baseUrl}/trpc/programme.create`, HUGE, { headers: json });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(HUGE);
    expect(tooLargeKey(answer.body)).toBe('request.too_large');
  });

  it('refuses a declared length over the limit before any of the body', async () => {
    const answer = await streamBody(`${h.baseUrl}/trpc/programme.create`, 0, {
      contentLength: BODY_LIMITS.trpc + 1,
      headers: json,
    });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBe(0);
  });

  it('lets a CSV import through up to its own, larger limit', async () => {
    const size = BODY_LIMITS.trpc * 2;
    const filler = 'x'.repeat(size);
    // A body over the general limit reaches the import procedure (which then judges the input)…
    const response = await fetch(`${h.baseUrl}/trpc/socialMap.importCsv.preview`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ organisationId: h.deBrug, programmeId: h.deBrug, csv: filler }),
    });
    expect(response.status).not.toBe(413);
    // …but not another procedure, nor a batch that mixes one in.
    const elsewhere = await streamBody(`${h.baseUrl}/trpc/programme.create`, size, {
      headers: json,
    });
    expect(elsewhere.status).toBe(413);
    const mixed = await streamBody(
      `${h.baseUrl}/trpc/socialMap.importCsv.preview,programme.create?batch=1`,
      size,
      { headers: json },
    );
    expect(mixed.status).toBe(413);
    const over = await streamBody(`${h.baseUrl}/trpc/socialMap.importCsv.preview`, HUGE, {
      headers: json,
    });
    expect(over.status).toBe(413);
    expect(over.sent).toBeLessThan(HUGE);
  });

  it('still answers ordinary calls in full', async () => {
    const response = await fetch(`${h.baseUrl}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'coordinator@debrug.example', password: 'wrong-password' }),
    });
    expect(response.status).toBe(401);
  });
});
