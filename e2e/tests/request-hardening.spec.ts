import { expect, test } from '@playwright/test';
import { chooseDutch, demoPassword, signIn, urls } from './support.ts';

const ownOrigin = new URL(urls.web).origin;

test('signing in with a returnTo that leaves the app lands on the app', async ({ page }) => {
  await chooseDutch(page.context());
  // "%09" is a tab, which browsers drop from "/\t/evil.example", leaving "//evil.example".
  for (const returnTo of ['/%09/evil.example', '/%5C/evil.example', '//evil.example']) {
    await page.context().clearCookies();
    await chooseDutch(page.context());
    await page.goto(`/sign-in?returnTo=${returnTo}`);
    await page.getByLabel('E-mailadres').fill('coordinator@debrug.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Programma’s' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(ownOrigin);
    // Signed in already, the sign-in page sends on to the same safe place.
    await page.goto(`/sign-in?returnTo=${returnTo}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Programma’s' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(ownOrigin);
  }
});

test('a returnTo with a line break signs in to the home page instead of failing', async ({
  page,
}) => {
  const response = await page.request.post('/sign-in', {
    headers: { origin: ownOrigin },
    form: {
      email: 'coordinator@debrug.example',
      password: demoPassword,
      returnTo: '/\r\nx-injected: yes',
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe('/');
  expect(response.headers()['x-injected']).toBeUndefined();
});

test('a form over the size limit gets a clear, translated refusal', async ({ page }) => {
  const tooLarge = 'x'.repeat(2 * 1024 * 1024);
  const refused = await page.request.post('/sign-in', {
    headers: { origin: ownOrigin, 'accept-language': 'fr-BE' },
    form: { email: tooLarge, password: 'x' },
  });
  expect(refused.status()).toBe(413);
  expect(await refused.text()).toContain('Trop volumineux pour un seul envoi');

  // In the app itself (a form sent by the hydrated page), the message shows in the page.
  await signIn(page, 'coordinator@debrug.example');
  await page
    .getByRole('link', { name: /^Mentoring naar werk/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mentoring naar werk');
  const programmeUrl = page.url();
  await page.goto(`${programmeUrl}/social-map/import`);
  await page.getByLabel('CSV-bestand').setInputFiles({
    name: 'services.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(9 * 1024 * 1024, 'a'),
  });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Te veel om in één keer te versturen' }),
  ).toBeVisible();
});

test('a mistyped address in the tenant app is a page not found', async ({ page }) => {
  await signIn(page, 'coordinator@debrug.example');
  await expect(page).toHaveURL(/\/o\/[^/]+\/programmes$/);
  const programmes = page.url();
  for (const address of [`${programmes}/edit`, `${programmes}/not-an-id/edit`]) {
    const response = await page.goto(address);
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeVisible();
  }
});

test('pages and scripts travel compressed, brotli where the browser takes it', async ({ page }) => {
  for (const base of [urls.web, urls.admin]) {
    const document = await page.request.get(`${base}/sign-in`, {
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(document.status()).toBe(200);
    expect(document.headers()['content-encoding']).toBe('br');
    const script = /"(\/assets\/[^"]+\.js)"/.exec(await document.text())?.[1];
    expect(script).toBeDefined();
    const gzip = await page.request.get(`${base}${script}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers()['content-encoding']).toBe('gzip');
  }
});
