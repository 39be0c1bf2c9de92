import type { Request, RequestHandler, Response } from 'express';
import { plainPage } from './plain-page.ts';

/**
 * The largest request body, in bytes, the Remix apps read (documented in the README):
 * forms, and the pages that take a CSV file (the file, and its text sent back to confirm).
 */
export const BODY_LIMITS = { form: 1024 * 1024, csvImport: 8 * 1024 * 1024 } as const;

export interface BodyLimitOptions {
  /** Paths (with Remix's `.data` variant) that take a CSV file: the larger limit. */
  csvImportPaths?: RegExp;
}

/**
 * Remix's single-fetch encoding of `{ error: ErrorResponse(413) }`: a form sent by the
 * hydrated app expects this, and then shows the route's error boundary for status 413.
 */
const SINGLE_FETCH_TOO_LARGE =
  '[{"_1":2},"error",["ErrorResponse",-5,3,4],413,"Payload Too Large"]\n';

/**
 * What is still read, and dropped, after a refusal before the connection is cut: a client
 * that is still sending then gets to read the answer instead of a reset connection. It is
 * more than the operating system buffers on a connection, so the client has to be sending
 * (and reading) for it to run out.
 */
const DRAIN_BYTES = 16 * 1024 * 1024;

function refuse(request: Request, response: Response) {
  let drained = 0;
  request.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_BYTES) request.socket.destroy();
  });
  response.status(413);
  if (request.path.endsWith('.data')) {
    response.type('text/x-script').send(SINGLE_FETCH_TOO_LARGE);
    return;
  }
  response.type('html').send(
    plainPage(request, {
      title: 'requestTooLarge.title',
      body: 'requestTooLarge.body',
      back: 'errorPage.home',
    }),
  );
}

const bodies = new WeakMap<Response, Buffer<ArrayBuffer>>();

/** The body read by `bodyLimit`, for the Remix request. */
export function bufferedBody(response: Response): Buffer<ArrayBuffer> | undefined {
  return bodies.get(response);
}

/**
 * Reads a request's body before anything else does, counting bytes as they arrive: a body
 * over the limit (declared, or streamed without a length) is refused with 413 as soon as it
 * is known, never held in memory.
 */
export function bodyLimit(options: BodyLimitOptions = {}): RequestHandler {
  return (request, response, next) => {
    const limit = options.csvImportPaths?.test(request.path)
      ? BODY_LIMITS.csvImport
      : BODY_LIMITS.form;
    if (Number(request.get('content-length') ?? 0) > limit) {
      refuse(request, response);
      return;
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      next();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', stop);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        refuse(request, response);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      bodies.set(response, Buffer.concat(chunks));
      next();
    };
    // An error here is the connection breaking off: there is nobody left to answer.
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', stop);
  };
}
