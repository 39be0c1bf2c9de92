import { checkConnectedRole } from '@tandem/db';
import { testDatabaseKind } from '@tandem/db/testing';
import { describe, expect, it } from 'vitest';
import { createHarness } from './harness.ts';

const h = await createHarness();

describe('HTTP endpoints', () => {
  it('reports the process up and the database reachable', async () => {
    const health = await fetch(`${h.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${h.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(`${h.baseUrl}/healthz`, { headers: { 'x-request-id': 'req-123' } });
    expect(given.headers.get('x-request-id')).toBe('req-123');
    const made = await fetch(`${h.baseUrl}/healthz`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown paths and procedures with 404 and no internals', async () => {
    expect((await fetch(`${h.baseUrl}/nope`)).status).toBe(404);
    const response = await fetch(`${h.baseUrl}/trpc/nope.nothing`);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toContain('not_found');
    expect(body).not.toMatch(/stack|node_modules/);
  });
});

describe.runIf(testDatabaseKind() === 'postgres')('database role check', () => {
  it('accepts the unprivileged application login role', async () => {
    await expect(checkConnectedRole(h.database.db)).resolves.toMatchObject({ problems: [] });
  });

  it('refuses a role that bypasses row-level security', async () => {
    const check = await checkConnectedRole(h.database.ownerHandle.db);
    expect(check.problems).toContain('superuser');
  });
});
