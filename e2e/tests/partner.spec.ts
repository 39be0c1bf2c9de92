import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signIn, urls } from './support.ts';

/**
 * Partner referrals (B1) and onward referral (B5): VDAB submits a referral to De Brug through
 * the REST API with an API key made in the partner area, retries it safely, and follows its
 * status while De Brug's coordinator screens it. And a coordinator refuses an applicant as
 * needing other support, referring them on to a service of the social map.
 */

const apiUrl = urls.api;

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test('a partner refers through the REST API and follows the status the coordinator sets', async ({
  browser,
  request,
}) => {
  const run = Date.now();
  const personName = `Sara Referral ${run}`;

  // A person with only a partner membership lands in the partner area.
  const partner = await signedIn(browser, 'partner@vdab.example');
  await expect(
    partner.getByRole('heading', { level: 1, name: 'Mijn doorverwijzingen' }),
  ).toBeVisible();
  await expect(partner.getByText('VDAB Antwerpen').first()).toBeVisible();
  await expectNoSeriousA11yViolations(partner);
  const areaUrl = partner.url();

  // An API key, shown once.
  await partner.getByRole('link', { name: 'API-sleutels' }).click();
  await expect(partner.getByRole('heading', { level: 1, name: 'API-sleutels' })).toBeVisible();
  await expectNoSeriousA11yViolations(partner);
  await partner.getByLabel('Naam', { exact: true }).fill(`e2e ${run}`);
  await partner.getByRole('button', { name: 'Sleutel aanmaken' }).click();
  await expect(partner.getByText('Je ziet hem maar één keer')).toBeVisible();
  const key = await partner.getByLabel('API-sleutel', { exact: true }).inputValue();
  expect(key).toMatch(/^tdm_pk_/);
  await expectNoSeriousA11yViolations(partner);

  // The web form lists the linked organisation's programmes: slug and programme id.
  await partner.getByRole('link', { name: 'Iemand doorverwijzen' }).click();
  await expect(
    partner.getByRole('heading', { level: 1, name: 'Iemand doorverwijzen' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(partner);
  const target = await partner
    .getByLabel('Organisatie en programma')
    .locator('option', { hasText: 'De Brug' })
    .first()
    .getAttribute('value');
  const [organisationSlug, programmeId] = (target ?? '').split('|');
  expect(organisationSlug).toBe('de-brug');

  // The partner's own system posts the referral, and retries it.
  const body = {
    organisationSlug,
    programmeId,
    person: {
      name: personName,
      email: `sara.${run}@example.be`,
      phone: null,
      preferredLanguage: 'nl',
    },
    needs: 'Zoekt werk in de zorg en wil haar netwerk uitbreiden.',
    consent: { givenAt: new Date(run - 60_000).toISOString(), textVersion: 'vdab-2026-01' },
  };
  const headers = { authorization: `Bearer ${key}`, 'idempotency-key': `e2e-${run}` };
  const first = await request.post(`${apiUrl}/partner/v1/referrals`, { headers, data: body });
  expect(first.status()).toBe(201);
  const created = await first.json();
  const replay = await request.post(`${apiUrl}/partner/v1/referrals`, { headers, data: body });
  expect(replay.status()).toBe(201);
  expect((await replay.json()).id).toBe(created.id);
  expect(replay.headers()['idempotent-replayed']).toBe('true');

  await partner.goto(areaUrl);
  const row = partner.getByRole('row', { name: new RegExp(personName) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Ontvangen');

  // De Brug's coordinator screens it.
  const staff = await signedIn(browser, 'coordinator@debrug.example');
  await expect(staff.getByRole('heading', { level: 1, name: 'Programma’s' })).toBeVisible();
  await staff.getByRole('link', { name: 'Doorverwijzingen van partners' }).first().click();
  await expect(
    staff.getByRole('heading', { level: 1, name: 'Doorverwijzingen van partners' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  await staff.getByLabel('Naam of e-mailadres').fill(String(run));
  await staff.getByRole('button', { name: 'Filteren' }).click();
  await staff.getByRole('link', { name: personName }).click();
  await expect(staff.getByRole('heading', { level: 1, name: personName })).toBeVisible();
  await expect(staff.getByText('Zoekt werk in de zorg')).toBeVisible();
  await expectNoSeriousA11yViolations(staff);
  // Only the allowed next status is offered.
  await expect(staff.getByRole('radio')).toHaveCount(1);
  await staff.getByRole('radio', { name: 'In screening' }).check();
  await staff.getByLabel('Screeningsnotitie').fill('Intakegesprek gepland.');
  await staff.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(staff.locator('.page-heading .status')).toHaveText('In screening');
  await expect(staff.getByText('Intakegesprek gepland.')).toBeVisible();

  // The partner sees the new status, and not the screening note.
  await partner.reload();
  await expect(partner.getByRole('row', { name: new RegExp(personName) })).toContainText(
    'In screening',
  );
  await expect(partner.getByText('Intakegesprek gepland.')).toHaveCount(0);
  const fetched = await request.get(`${apiUrl}/partner/v1/referrals/${created.id}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  expect((await fetched.json()).status).toBe('in_screening');
});

test('a coordinator refuses an applicant as needing other support, with an onward referral', async ({
  page,
}) => {
  const run = Date.now();
  const name = `Bram Onward ${run}`;
  await signIn(page, 'coordinator@debrug.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Programma’s' })).toBeVisible();
  await page
    .getByRole('link', { name: /^Mentoring naar werk/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mentoring naar werk');
  const programmeUrl = page.url();

  // The social map of the programme.
  await page.goto(`${programmeUrl}/social-map`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sociale kaart' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Huis van het Nederlands Antwerpen' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // An applicant to refuse, imported from a one-row spreadsheet.
  await page.goto(`${programmeUrl}/applications/import`);
  await page.getByLabel('Importeren als').selectOption('mentee');
  await page
    .getByLabel('Kanaal voor rijen zonder channelId')
    .selectOption({ label: 'VDAB Antwerpen' });
  await page
    .getByLabel(/Of plak de tekst van het bestand/)
    .fill(
      `name;email;preferredLocale;availability;postcode;municipality;languages;sector;goal;birthYear\n${name};bram.${run}@example.org;nl;mon-morning;2000;Antwerpen;nl;zorg;Werk vinden;1990\n`,
    );
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await page.getByLabel(/Onze organisatie heeft de toestemming/).check();
  await page.getByRole('button', { name: 'Kandidaten importeren' }).click();
  await page.getByRole('link', { name: 'Naar de kandidaturen' }).click();
  await page.getByLabel('Naam of e-mailadres').fill(String(run));
  await page.getByRole('button', { name: 'Filteren' }).click();
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Refusing as "needs other support" without a service: refused, with what was typed kept.
  await page.getByRole('radio', { name: 'Weigeren' }).check();
  await page.getByLabel('Reden van weigering').selectOption('needs_other_support');
  await expect(page.getByLabel('Dienst op de sociale kaart')).toBeVisible();
  await page
    .getByLabel('Toelichting voor de kandidaat')
    .fill('Je hebt eerst taalondersteuning nodig.');
  await page.getByRole('button', { name: 'Beslissing bewaren' }).click();
  await expect(page.locator('.error-summary')).toContainText('Kies de dienst');
  await expect(page.getByLabel('Toelichting voor de kandidaat')).toHaveValue(
    'Je hebt eerst taalondersteuning nodig.',
  );
  await expectNoSeriousA11yViolations(page);

  await page
    .getByLabel('Dienst op de sociale kaart')
    .selectOption({ label: 'Huis van het Nederlands Antwerpen (Taallessen)' });
  await page.getByLabel('Notitie voor de dienst').fill('Nederlands op niveau 1.1 nodig.');
  await page.getByRole('button', { name: 'Beslissing bewaren' }).click();
  const onward = page.locator('#onward-referral');
  await expect(onward).toContainText('Huis van het Nederlands Antwerpen');
  await expect(onward).toContainText('Nederlands op niveau 1.1 nodig.');
  await expectNoSeriousA11yViolations(page);
});
