import type { IncomingMessage } from 'node:http';
import type { Database } from '@tandem/db';
import type { ApiConfig } from '../config.ts';
import type { Mailer } from '../jobs/mailer.ts';
import type { Logger } from '../logger.ts';

export interface RequestContext {
  db: Database;
  config: ApiConfig;
  log: Logger;
  requestId: string;
  /** The client's address as the Remix server saw it; used for sign-in rate limits. */
  clientAddress: string;
  sessionToken: string | null;
  /** Sends mails that must not wait in the outbox (sign-in links). */
  mailer: Mailer;
  /**
   * Work to start once the request has succeeded, its unit of work committed: a job kicked
   * then sees what the request wrote (the evaluations of a duo just ended).
   */
  afterCommit: (() => void)[];
  /** The jobs this process runs that a request may kick; null where none runs (tests). */
  jobs: RequestJobs;
}

export interface RequestJobs {
  evaluations: { runNow(): Promise<void> } | null;
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([a-z0-9]{16,128})$/.exec(header ?? '');
  return match?.[1] ?? null;
}

/**
 * The API is reached only by our own Remix servers, which pass the person's address on;
 * it must not be exposed to the internet directly (see infra/README.md).
 */
export function clientAddressOf(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || 'unknown';
}
