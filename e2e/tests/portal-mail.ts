import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { urls } from './support.ts';

/**
 * Participants sign in by a link the API e-mails. Without SMTP the API writes each mail to
 * `mail` in its data folder, which the tests read.
 */
const mailDir = join(process.env.TANDEM_E2E_DATA_DIR ?? '', 'mail');

export async function mailFiles(): Promise<string[]> {
  try {
    return (await readdir(mailDir)).filter((name) => name.endsWith('.eml')).sort();
  } catch {
    return [];
  }
}

/** The link of the newest mail to `email` that was not there yet (the API mails after answering). */
export async function newLinkFor(email: string, before: readonly string[]): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const fresh = (await mailFiles()).filter((name) => !before.includes(name)).reverse();
    for (const name of fresh) {
      const mail = await readFile(join(mailDir, name), 'utf8');
      if (!mail.includes(`To: ${email}\r\n`)) continue;
      const link = /(https?:\/\/\S+\/sign-in\/link\?token=[a-z0-9]+)/.exec(mail)?.[1];
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no sign-in mail to ${email}`);
}

export const french = {
  email: 'Votre adresse e-mail',
  send: 'Envoyez-moi un lien',
  sent: 'Si cette adresse est connue chez nous',
  signIn: 'Se connecter',
};
export const dutch = {
  email: 'Je e-mailadres',
  send: 'Stuur mij een link',
  sent: 'Als dit adres bij ons bekend is',
  signIn: 'Aanmelden',
};

let linkRequests = 0;

/**
 * A loopback address of its own for each link asked for. Every link asked for counts towards
 * the sign-in limit of one client address (20 in 15 minutes), which the suite's portal
 * sign-ins together pass; the limit itself is tested in `request-hardening.spec.ts`.
 */
function ownLoopbackOrigin(): string {
  const origin = new URL(urls.web);
  if (origin.hostname !== 'localhost' && !origin.hostname.startsWith('127.')) return origin.origin;
  linkRequests += 1;
  origin.hostname = `127.${1 + test.info().workerIndex}.${linkRequests >> 8}.${linkRequests & 255}`;
  return origin.origin;
}

/**
 * Asks for a link on the portal's sign-in page (from an address of its own) and follows it
 * from the mail, on the usual address.
 */
export async function signInByLink(page: Page, slug: string, email: string, words = french) {
  await page.goto(`${ownLoopbackOrigin()}/portal/${slug}/sign-in`);
  const before = await mailFiles();
  await page.getByLabel(words.email).fill(email);
  await page.getByRole('button', { name: words.send }).click();
  await expect(page.getByRole('status')).toContainText(words.sent);
  const link = await newLinkFor(email, before);
  expect(link.startsWith(`${urls.web}/portal/${slug}/sign-in/link?token=`)).toBe(true);
  await page.goto(link);
  await page.getByRole('main').getByRole('button', { name: words.signIn }).click();
  await expect(page).toHaveURL(`${urls.web}/portal/${slug}`);
  return link;
}
