import type { IncomingMessage } from 'node:http';

/**
 * The largest request body, in bytes, the API reads (documented in the README): tRPC calls,
 * the CSV import procedures (the file's text, JSON-encoded), and the partner REST API.
 */
export const BODY_LIMITS = {
  trpc: 1024 * 1024,
  csvImport: 8 * 1024 * 1024,
  partner: 64 * 1024,
} as const;

/**
 * Procedures that take a file (a CSV or HSDS directory's text, a library resource's bytes as
 * base64); the Remix apps give their pages the same limit.
 */
const CSV_IMPORT_PROCEDURES = new Set([
  'applicationImport.preview',
  'applicationImport.confirm',
  'socialMap.importCsv.preview',
  'socialMap.importCsv.confirm',
  'socialMap.importHsds.preview',
  'socialMap.importHsds.confirm',
  'resource.create',
  'resource.update',
]);

/** The limit of a tRPC call by its path; a batch gets the larger one only if every call may. */
export function trpcBodyLimit(path: string): number {
  const procedures = path.slice('/trpc/'.length).split(',');
  return procedures.every((procedure) => CSV_IMPORT_PROCEDURES.has(procedure))
    ? BODY_LIMITS.csvImport
    : BODY_LIMITS.trpc;
}

/**
 * What is still read, and dropped, after a refusal before the connection is cut: a client
 * that is still sending then gets to read the answer instead of a reset connection. It is
 * more than the operating system buffers on a connection, so the client has to be sending
 * (and reading) for it to run out.
 */
const DRAIN_BYTES = 16 * 1024 * 1024;

/**
 * Reads a request's body, counting bytes as they arrive; `null` when it is over the limit,
 * declared or streamed, as soon as that is known and without holding the rest.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      let drained = 0;
      req.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > DRAIN_BYTES) req.socket.destroy();
      });
      resolve(null);
    };
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      tooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        tooLarge();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
