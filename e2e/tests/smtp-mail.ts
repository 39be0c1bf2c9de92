import { join } from 'node:path';
import { expect } from '@playwright/test';
import { type ReceivedMail, receivedIn } from '@tandem/test-smtp';

/** Where the capturing SMTP server writes what the mail set of servers delivered to it. */
export const smtpFolder = join(process.env.TANDEM_E2E_SMTP_DIR ?? '', 'received');

/** The mails received so far that `pick` accepts, once there are `count` of them. */
export async function receivedMails(
  pick: (mail: ReceivedMail) => boolean,
  count: number,
): Promise<ReceivedMail[]> {
  await expect.poll(() => receivedIn(smtpFolder).filter(pick).length).toBe(count);
  return receivedIn(smtpFolder).filter(pick);
}
