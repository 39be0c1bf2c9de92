import type { AddressInfo } from 'node:net';
import {
  type Database,
  DEMO_PASSWORD,
  organisations,
  seedDemoData,
  sessions,
  unitOfWork,
} from '@tandem/db';
import { createTestDatabase } from '@tandem/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.ts';
import { hashToken } from '../src/auth/tokens.ts';
import { loadConfig } from '../src/config.ts';
import { createApiServer } from '../src/http/server.ts';
import { createLogger } from '../src/logger.ts';

/**
 * What a request costs the database: an organisation procedure checks the session, the
 * membership and does its work in one transaction, whatever the outcome says.
 */
const database = await createTestDatabase();
await seedDemoData(database.db, hashPassword);
let transactions = 0;
const counted = new Proxy(database.db, {
  get(target, property, receiver) {
    if (property === 'transaction') transactions++;
    return Reflect.get(target, property, receiver);
  },
}) as Database;
const server = createApiServer(
  counted,
  loadConfig({ WEB_URL: 'http://web.test' }),
  createLogger('silent'),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.close();
});

const deBrug = (
  await unitOfWork(database.db, { tenantId: null, userId: null }, (tx) =>
    tx.select().from(organisations).where(eq(organisations.slug, 'de-brug')),
  )
)[0]?.id;
if (!deBrug) throw new Error('demo organisation missing');

async function call(path: string, token: string | null, input: unknown) {
  const response = await fetch(
    `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
    { headers: token ? { authorization: `Bearer ${token}` } : {} },
  );
  const body = (await response.json()) as {
    result?: { data: unknown };
    error?: { data: { appError: { key: string } } };
  };
  return { data: body.result?.data, key: body.error?.data.appError.key };
}

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  return ((await response.json()) as { result: { data: { token: string } } }).result.data.token;
}

async function transactionsFor(request: () => Promise<unknown>): Promise<number> {
  const before = transactions;
  await request();
  return transactions - before;
}

describe('the cost of a request', () => {
  it('reads an organisation’s programmes in one transaction', async () => {
    const token = await signIn('coordinator@debrug.example');
    let answer: Awaited<ReturnType<typeof call>> | undefined;
    const used = await transactionsFor(async () => {
      answer = await call('programme.list', token, { organisationId: deBrug });
    });
    expect(answer?.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]),
    );
    expect(used).toBe(1);
  });

  it('refuses a non-member in that one transaction', async () => {
    const token = await signIn('coordinator@lepont.example');
    let answer: Awaited<ReturnType<typeof call>> | undefined;
    const used = await transactionsFor(async () => {
      answer = await call('programme.list', token, { organisationId: deBrug });
    });
    expect(answer?.key).toBe('not_found');
    expect(used).toBe(1);
  });

  it('still removes an expired session it refuses', async () => {
    const token = await signIn('coordinator@debrug.example');
    await unitOfWork(database.db, { tenantId: null, userId: null }, (tx) =>
      tx
        .update(sessions)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(sessions.id, hashToken(token))),
    );
    const answer = await call('programme.list', token, { organisationId: deBrug });
    expect(answer.key).toBe('auth.unauthenticated');
    const left = await unitOfWork(database.db, { tenantId: null, userId: null }, (tx) =>
      tx
        .select()
        .from(sessions)
        .where(eq(sessions.id, hashToken(token))),
    );
    expect(left).toEqual([]);
  });

  it('answers a stranger with bad input as unauthenticated, not with field errors', async () => {
    const answer = await call('programme.list', 'a'.repeat(43), { organisationId: 'nope' });
    expect(answer.key).toBe('auth.unauthenticated');
  });
});
