import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfProtection } from '../src/express/csrf.ts';

let server: Server;
let origin: string;

beforeAll(async () => {
  const app = express();
  app.use(csrfProtection());
  app.all('/form', (_request, response) => {
    response.send('done');
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

function post(headers: Record<string, string>) {
  return fetch(`${origin}/form`, { method: 'POST', headers, body: 'name=x' });
}

describe('csrfProtection', () => {
  it('lets a form from the app itself through', async () => {
    const response = await post({ origin });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('done');
  });

  it('refuses a form posted from another site, with a page in the person’s language', async () => {
    const response = await post({
      origin: 'https://elsewhere.example',
      'accept-language': 'fr-BE',
    });
    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('Demande refusée');
  });

  it('prefers the language chosen with the switch over the browser’s', async () => {
    const response = await post({
      origin: 'https://elsewhere.example',
      'accept-language': 'fr-BE',
      cookie: 'tandem_locale=en',
    });
    expect(await response.text()).toContain('Request refused');
  });

  it('refuses another port on the same host: the other app is not this app', async () => {
    const otherPort = origin.replace(/:\d+$/, ':1');
    expect((await post({ origin: otherPort })).status).toBe(403);
  });

  it('refuses an opaque origin', async () => {
    expect((await post({ origin: 'null' })).status).toBe(403);
  });

  it('falls back to Sec-Fetch-Site when there is no Origin', async () => {
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('lets through requests from outside a browser, which carry no cookies of the person', async () => {
    expect((await post({})).status).toBe(200);
  });

  it('never blocks reading', async () => {
    const response = await fetch(`${origin}/form`, {
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(response.status).toBe(200);
  });
});
