import { request as httpRequest } from 'node:http';

export interface StreamedAnswer {
  status: number;
  body: string;
  /** Bytes the client had written when the answer came. */
  sent: number;
}

/**
 * POSTs `total` bytes of `fill` in chunks — chunked, or under a declared `contentLength` —
 * and stops sending as soon as the answer arrives or the server closes the connection. A
 * server that reads the whole body first answers only after everything was sent.
 */
export function streamBody(
  url: string,
  total: number,
  options: { contentLength?: number; headers?: Record<string, string>; fill?: string } = {},
): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    // A connection of its own: one left with an unsent declared body is no use for another.
    const request = httpRequest(url, {
      agent: false,
      method: 'POST',
      headers: {
        ...(options.contentLength === undefined
          ? {}
          : { 'content-length': String(options.contentLength) }),
        ...options.headers,
      },
    });
    request.on('response', (response) => {
      answered = true;
      const sentWhenAnswered = sent;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
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
    const chunk = Buffer.alloc(64 * 1024, options.fill ?? ' ');
    const pump = () => {
      while (!answered && sent < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!request.write(piece)) {
          request.once('drain', pump);
          return;
        }
      }
      if (!answered) request.end();
    };
    pump();
  });
}

/** Larger than any limit, and more than a test would ever send in full. */
export const HUGE = 512 * 1024 * 1024;
