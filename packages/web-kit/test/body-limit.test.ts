import { request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMITS, bodyLimit, bufferedBody } from '../src/express/body-limit.ts';

let server: Server;
let port: number;

beforeAll(async () => {
  const app = express();
  app.use(bodyLimit({ csvImportPaths: /^\/import(\.data)?$/ }));
  app.all('*', (_request, response) => {
    response.send(`read ${bufferedBody(response)?.length ?? 'nothing'}`);
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

interface Answer {
  status: number;
  text: string;
  /** Bytes the client had written when the answer came. */
  sent: number;
}

/**
 * Sends `total` bytes in chunks, without a length unless `contentLength` is given, and stops
 * sending as soon as the answer arrives (or the server closes the connection).
 */
function send(
  path: string,
  total: number,
  options: { contentLength?: number; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    // A connection of its own: one left with an unsent declared body is no use for another.
    const request = httpRequest({
      agent: false,
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(options.contentLength === undefined
          ? {}
          : { 'content-length': String(options.contentLength) }),
        ...options.headers,
      },
    });
    request.on('response', (response: IncomingMessage) => {
      answered = true;
      const sentWhenAnswered = sent;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          text: Buffer.concat(chunks).toString('utf8'),
          sent: sentWhenAnswered,
        }),
      );
      response.on('error', reject);
    });
    // Writing into a connection the server has closed fails; the answer is what counts.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.flushHeaders();
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!answered && sent < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!request.write(piece)) {
          request.once('drain', pump);
          return;
        }
      }
      if (!answered && options.contentLength === undefined) request.end();
      if (!answered && options.contentLength !== undefined && sent >= options.contentLength)
        request.end();
    };
    pump();
  });
}

const huge = 512 * 1024 * 1024;

describe('bodyLimit', () => {
  it('passes a body within the limit on, read once', async () => {
    const answer = await send('/form', 1000, { contentLength: 1000 });
    expect(answer).toMatchObject({ status: 200, text: 'read 1000' });
  });

  it('refuses a declared length over the limit at once, before any of the body', async () => {
    const answer = await send('/form', 0, { contentLength: BODY_LIMITS.form + 1 });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBe(0);
  });

  it('refuses a streamed body without a length once it passes the limit, and stops reading', async () => {
    const answer = await send('/form', huge);
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(huge);
  });

  it('gives the CSV import pages the larger limit, and refuses beyond it', async () => {
    const size = BODY_LIMITS.form * 2;
    expect((await send('/import', size)).text).toBe(`read ${size}`);
    expect((await send('/import.data', size)).text).toBe(`read ${size}`);
    expect((await send('/form', size)).status).toBe(413);
    const over = await send('/import', huge);
    expect(over.status).toBe(413);
    expect(over.sent).toBeLessThan(huge);
  });

  it('explains the refusal in the person’s language', async () => {
    const answer = await send('/form', huge, { headers: { 'accept-language': 'fr-BE' } });
    expect(answer.text).toContain('<html lang="fr">');
    expect(answer.text).toContain('Trop volumineux pour un seul envoi');
    const english = await send('/form', huge, { headers: { cookie: 'tandem_locale=en' } });
    expect(english.text).toContain('Too much to send at once');
  });

  it('answers a form sent by the hydrated app in the encoding Remix reads', async () => {
    const answer = await send('/form.data', huge);
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('"ErrorResponse"');
    expect(answer.text).toContain('413');
  });
});
