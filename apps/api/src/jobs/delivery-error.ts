/**
 * Why an e-mail could not be delivered, as staff read it on the outbox page. The message's
 * `last_error` keeps the kind in front of the server's own words (`recipient_refused: 550 …`),
 * so the page can say it in the reader's language and still show what the server answered.
 */
export const SEND_ERROR_KINDS = [
  'recipient_refused',
  'server_refused',
  'unreachable',
  'timeout',
  'authentication',
  'other',
] as const;
export type SendErrorKind = (typeof SEND_ERROR_KINDS)[number];

const MAX_DETAIL_LENGTH = 500;

function kindOf(error: unknown): SendErrorKind {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  if (code === 'EAUTH') return 'authentication';
  if (code === 'ETIMEDOUT') return 'timeout';
  if (code === 'ECONNECTION' || code === 'EDNS' || code === 'ESOCKET') return 'unreachable';
  if (code === 'EENVELOPE') return 'recipient_refused';
  if (typeof responseCode === 'number' && responseCode >= 400) return 'server_refused';
  return 'other';
}

/** The `last_error` text of a failed attempt. */
export function describeSendError(error: unknown): string {
  const detail = (error instanceof Error ? error.message : String(error))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_DETAIL_LENGTH);
  return `${kindOf(error)}: ${detail}`;
}

/** The kind and the server's words of a `last_error`; null when there is none. */
export function readSendError(
  lastError: string | null,
): { kind: SendErrorKind; detail: string } | null {
  if (lastError === null) return null;
  const colon = lastError.indexOf(': ');
  const kind = SEND_ERROR_KINDS.find((k) => k === lastError.slice(0, colon));
  return kind ? { kind, detail: lastError.slice(colon + 2) } : { kind: 'other', detail: lastError };
}
