import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { receivedMails } from './smtp-mail.ts';
import { mailUrls, signIn } from './support.ts';

/**
 * A workshop invitation over real SMTP: De Brug's coordinator plans a workshop for a winter
 * evening and invites the mentors owed an invitation; Elif's mail carries the event as
 * text/calendar, which ical.js reads back at the time the workshop's page shows, in Brussels.
 */
const ELIF = 'elif.hermans@example.be';
const theme = 'Intervisie: solliciteren in de winter';

/** 19:00 Belgian time on a January day next year (winter time, UTC+1). */
const startsAt = `${new Date().getUTCFullYear() + 1}-01-14T19:00`;

test('a workshop invitation carries an ICS whose start is the time on the workshop page, in Brussels', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'nl-BE', baseURL: mailUrls.web });
  await context.addCookies([{ name: 'tandem_locale', value: 'nl', url: mailUrls.web }]);
  const staff = await context.newPage();
  await signIn(staff, 'coordinator@debrug.example', mailUrls.web);
  await staff.getByRole('link', { name: 'Mentoring naar werk Antwerpen' }).click();
  await staff.getByRole('link', { name: 'Workshops voor mentoren' }).click();
  await staff.getByLabel('Thema').fill(theme);
  await staff.getByLabel('Begin (Belgische tijd)').fill(startsAt);
  await staff.getByLabel('Aantal plaatsen').fill('10');
  await staff.getByLabel('Adres').fill('De Brug, zaal 1');
  await staff.getByRole('button', { name: 'Workshop plannen' }).click();
  const heading = staff.getByRole('heading', { level: 1, name: new RegExp(`^${theme}, `) });
  await expect(heading).toBeVisible();
  const shown = ((await heading.textContent()) ?? '').slice(`${theme}, `.length);

  await staff
    .getByRole('group', { name: 'Mentoren uitnodigen' })
    .getByLabel(/Elif Hermans/)
    .check();
  await staff.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(staff.getByRole('status')).toHaveText('Opgeslagen.');
  await context.close();

  const [mail] = await receivedMails(
    (m) => m.envelopeTo.includes(ELIF) && m.text.includes(theme),
    1,
  );
  const part = mail?.parts.find((p) => /^text\/calendar/i.test(p.headers['content-type'] ?? ''));
  expect(part?.headers['content-type']).toMatch(/method=REQUEST/i);
  const calendar = new ICAL.Component(ICAL.parse(part?.text ?? ''));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the invitation');
  const event = new ICAL.Event(vevent);
  const start = event.startDate.toJSDate();
  const inBrussels = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', ...options }).format(start);
  expect(inBrussels({ dateStyle: 'long', timeStyle: 'short' })).toBe(shown);
  expect(inBrussels({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).toBe('19:00');
  expect(event.summary).toContain(theme);
});
