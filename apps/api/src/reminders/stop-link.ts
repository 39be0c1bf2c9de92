import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The link in every non-essential reminder that stops them. It names the organisation and
 * the participant's application, signed with HMAC-SHA256 under the server secret, so it
 * works without signing in and cannot be made for someone else. It does not expire: a
 * reminder read months later must still be stoppable, and stopping is all it can do.
 */
export interface StopLinkSubject {
  tenantId: string;
  applicationId: string;
}

const PURPOSE = 'reminders.stop';

function signature(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`${PURPOSE}\n${payload}`).digest();
}

export function stopLinkToken(subject: StopLinkSubject, secret: string): string {
  const payload = `${subject.tenantId}.${subject.applicationId}`;
  return `${payload}.${signature(payload, secret).toString('base64url')}`;
}

/** The subject of a genuine token; null for anything else. */
export function readStopLinkToken(token: string, secret: string): StopLinkSubject | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [tenantId = '', applicationId = '', given = ''] = parts;
  // Compared as text, not decoded: base64url decoding ignores stray characters and a last
  // character's spare bits, so an altered token could decode to the genuine signature.
  const expected = Buffer.from(
    signature(`${tenantId}.${applicationId}`, secret).toString('base64url'),
  );
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { tenantId, applicationId };
}

export function stopLinkUrl(webUrl: string, subject: StopLinkSubject, secret: string): string {
  return `${webUrl}/reminders/stop?${new URLSearchParams({ token: stopLinkToken(subject, secret) })}`;
}
