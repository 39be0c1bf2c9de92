import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { asOneRequest, unitOfWork } from '../src/index.ts';
import { createTestDatabase, testDatabaseKind } from '../src/testing/index.ts';

/**
 * On the embedded database every unit of work waits its turn; a request that already had a
 * unit goes ahead of requests that had none, so a request of several units does not queue
 * behind the whole crowd once per unit.
 */
const database = await createTestDatabase();
afterAll(async () => {
  await database.close();
});
const scope = { tenantId: null, userId: null };

describe.runIf(testDatabaseKind() === 'pglite')('turns at the embedded database', () => {
  it('lets a request that is under way go ahead of new ones', async () => {
    const order: string[] = [];
    const unit = (label: string) =>
      unitOfWork(database.db, scope, async (tx) => {
        order.push(label);
        await tx.execute(sql`select pg_sleep(0.005)`);
      });
    let startReads!: () => void;
    const readsMayStart = new Promise<void>((resolve) => {
      startReads = resolve;
    });
    const multiUnit = asOneRequest(async () => {
      await unit('first of two');
      await unit('second of two');
    });
    // Ten one-unit requests arrive while the first unit runs.
    const reads = asOneRequest(async () => {
      await readsMayStart;
    }).then(() =>
      Promise.all(Array.from({ length: 10 }, (_, i) => asOneRequest(() => unit(`read ${i}`)))),
    );
    startReads();
    await Promise.all([multiUnit, reads]);
    expect(order).toHaveLength(12);
    expect(order.indexOf('second of two')).toBeLessThanOrEqual(2);
  });

  it('keeps one unit at a time and first come, first served among new requests', async () => {
    const order: number[] = [];
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        asOneRequest(() =>
          unitOfWork(database.db, scope, async (tx) => {
            running++;
            most = Math.max(most, running);
            order.push(i);
            await tx.execute(sql`select 1`);
            running--;
          }),
        ),
      ),
    );
    expect(most).toBe(1);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
