import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from './client.ts';

/**
 * Turns at the embedded database. PGlite runs one transaction at a time and queues the rest
 * first come, first served; a request that needs several units of work (a partner
 * submission: key check, look-up, write) would queue again behind every newer request for
 * each of them, and under load wait many times as long as a one-unit read. Here a unit of a
 * request that already had one goes ahead of units of requests that had none, so every
 * request waits for the queue about once. PostgreSQL serves units on a pool and needs none
 * of this.
 */
interface RequestTurns {
  hadUnit: boolean;
}

const requests = new AsyncLocalStorage<RequestTurns>();

/** Runs one request (everything it awaits) as one party in the queue. */
export function asOneRequest<T>(work: () => T): T {
  return requests.run({ hadUnit: false }, work);
}

class TurnQueue {
  private busy = false;
  private readonly resumed: Array<() => void> = [];
  private readonly fresh: Array<() => void> = [];

  async take(): Promise<() => void> {
    const request = requests.getStore();
    if (this.busy) {
      await new Promise<void>((resolve) =>
        (request?.hadUnit ? this.resumed : this.fresh).push(resolve),
      );
    }
    this.busy = true;
    return () => {
      if (request) request.hadUnit = true;
      const next = this.resumed.shift() ?? this.fresh.shift();
      if (next) next();
      else this.busy = false;
    };
  }
}

const queues = new WeakMap<Database, TurnQueue>();

/** Gives an embedded database its queue of turns (see above). */
export function queueTurns(db: Database): void {
  queues.set(db, new TurnQueue());
}

/** Runs a unit of work in its turn on an embedded database; at once on PostgreSQL. */
export async function inTurn<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const queue = queues.get(db);
  if (!queue) return work();
  const release = await queue.take();
  try {
    return await work();
  } finally {
    release();
  }
}
