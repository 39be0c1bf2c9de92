import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { queryRows, unitOfWork } from '../src/index.ts';
import { createTestDatabase, testDatabaseKind } from '../src/testing/index.ts';

const database = await createTestDatabase();
afterAll(async () => {
  await database.close();
});

describe.runIf(testDatabaseKind() === 'postgres')('the app’s PostgreSQL connections', () => {
  it('run without JIT compilation', async () => {
    const [row] = await unitOfWork(database.db, { tenantId: null, userId: null }, (tx) =>
      queryRows<{ jit: string }>(tx, sql`select current_setting('jit') as jit`),
    );
    expect(row?.jit).toBe('off');
  });
});
