import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, organisations, seedDemoData, unitOfWork } from '@tandem/db';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { afterAll, expect } from 'vitest';
import { hashPassword } from '../src/auth/password.ts';
import { loadConfig } from '../src/config.ts';
import { createApiServer } from '../src/http/server.ts';
import { startEvaluations } from '../src/jobs/evaluations.ts';
import { createCapturingMailer } from '../src/jobs/mailer.ts';
import { createLogger, type Logger } from '../src/logger.ts';
import type { AppRouter } from '../src/router.ts';

/** Signs the links the API hands out in tests (reminder stop links). */
export const TEST_SERVER_SECRET = 'test-server-secret-for-signed-links-0123456789';

export type Client = ReturnType<typeof createTRPCClient<AppRouter>>;

export interface Harness {
  database: TestDatabase;
  baseUrl: string;
  deBrug: string;
  lePont: string;
  /** A client over real HTTP as the given session token (or signed out), from the given address. */
  as(sessionToken: string | null, clientAddress?: string): Client;
  tokenFor(email: string, password?: string): Promise<string>;
  signIn(email: string, password?: string): Promise<Client>;
  /** The mails the API wrote instead of sending (no SMTP server in tests), oldest first. */
  capturedMails(): { file: string; text: string }[];
  /**
   * A participant's portal session, by the link mailed to them. Each call asks from an
   * address of its own, so a file's sign-ins never meet the per-address limit.
   */
  portalTokenFor(email: string, organisationSlug: string): Promise<string>;
  portalAs(email: string, organisationSlug: string): Promise<Client>;
}

/** A fresh migrated database with the demo data and an API server on a free port, per test file. */
export async function createHarness(
  options: { log?: Logger; evaluationsJob?: boolean } = {},
): Promise<Harness> {
  const database = await createTestDatabase();
  await seedDemoData(database.db, hashPassword);
  const mailDir = mkdtempSync(join(tmpdir(), 'tandem-mail-'));
  const config = loadConfig({ WEB_URL: 'http://web.test', TANDEM_SECRET: TEST_SERVER_SECRET });
  const log = options.log ?? createLogger('silent');
  // Only kicked by requests here: its interval is longer than any test file runs.
  const evaluations = options.evaluationsJob
    ? startEvaluations(
        database.db,
        { ...config, serverSecret: TEST_SERVER_SECRET },
        log,
        86_400_000,
      )
    : null;
  const server = createApiServer(database.db, config, log, {
    mailer: createCapturingMailer(mailDir, () => undefined),
    jobs: { evaluations },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await evaluations?.stop();
    await database.close();
  });

  const orgs = await unitOfWork(database.db, { tenantId: null, userId: null }, (tx) =>
    tx.select().from(organisations),
  );
  const idOf = (slug: string) => {
    const found = orgs.find((o) => o.slug === slug);
    if (!found) throw new Error(`demo organisation ${slug} missing`);
    return found.id;
  };

  const as = (sessionToken: string | null, clientAddress = '192.0.2.1') =>
    createTRPCClient<AppRouter>({
      links: [
        httpLink({
          url: `${baseUrl}/trpc`,
          headers: () => ({
            'x-forwarded-for': clientAddress,
            ...(sessionToken ? { authorization: `Bearer ${sessionToken}` } : {}),
          }),
        }),
      ],
    });
  const tokenFor = async (email: string, password = DEMO_PASSWORD) =>
    (await as(null).auth.signIn.mutate({ email, password })).token;

  const capturedMails = () =>
    readdirSync(mailDir)
      .sort()
      .map((file) => ({ file, text: readFileSync(join(mailDir, file), 'utf8') }));
  let portalSignIns = 0;
  const portalTokenFor = async (email: string, organisationSlug: string) => {
    portalSignIns += 1;
    const from = `198.51.${100 + (portalSignIns >> 8)}.${portalSignIns & 255}`;
    const before = capturedMails().length;
    await as(null, from).portal.requestSignInLink.mutate({ organisationSlug, email });
    // The API answers before it mails, so that the answer takes as long for an unknown address.
    for (let i = 0; i < 100; i++) {
      const mail = capturedMails()
        .slice(before)
        .find((m) => m.text.includes(`To: ${email}`));
      const token = mail && /token=([a-z0-9]+)/.exec(mail.text)?.[1];
      if (token) return (await as(null, from).portal.signInWithLink.mutate({ token })).token;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no sign-in mail to ${email}`);
  };

  return {
    database,
    baseUrl,
    deBrug: idOf('de-brug'),
    lePont: idOf('le-pont'),
    as,
    tokenFor,
    signIn: async (email, password) => as(await tokenFor(email, password)),
    capturedMails,
    portalTokenFor,
    portalAs: async (email, organisationSlug) => as(await portalTokenFor(email, organisationSlug)),
  };
}

/** Matches a client error by its translation key. */
export function withKey(key: string) {
  return expect.objectContaining({
    data: expect.objectContaining({ appError: expect.objectContaining({ key }) }),
  });
}

export function isClientError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError;
}
