import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const acceptable = /^[\w.-]{8,100}$/;

/** Keeps a proxy's request id when it looks like one, so log lines join up end to end. */
export function requestId(): RequestHandler {
  return (request, response, next) => {
    const incoming = request.get('x-request-id');
    const id = incoming && acceptable.test(incoming) ? incoming : randomUUID();
    response.locals.requestId = id;
    response.set('x-request-id', id);
    next();
  };
}
