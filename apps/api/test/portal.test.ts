import { passwordTokens, queryRows, unitOfWork } from '@tandem/db';
import { testDatabaseKind } from '@tandem/db/testing';
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/tokens.ts';
import { acceptAgreement } from '../src/duos/duo-start.ts';
import { MAX_SIGN_IN_LINKS_PER_ACCOUNT } from '../src/limits/sign-in-limit.ts';
import { type Client, createHarness, withKey } from './harness.ts';
import { pdfText } from './pdf-text.ts';

const h = await createHarness();
const owner = h.database.ownerHandle.db;
const MENTOR = 'julien.marchal@example.be';
const MENTEE = 'awa.ndiaye@example.be';
let address = 0;
/** A fresh client address per sign-in, so the link limits of one test do not touch another. */
const nextAddress = () => `198.51.100.${++address}`;

async function waitForMail(to: string, before: number) {
  for (let i = 0; i < 100; i++) {
    const mails = h
      .capturedMails()
      .slice(before)
      .filter((m) => m.text.includes(`To: ${to}`));
    const last = mails.at(-1);
    if (last) return last.text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail to ${to}`);
}

async function requestLink(email: string, slug = 'le-pont', from = nextAddress()) {
  const before = h.capturedMails().length;
  await h.as(null, from).portal.requestSignInLink.mutate({ organisationSlug: slug, email });
  const text = await waitForMail(email, before);
  const token = /token=([a-z0-9]+)/.exec(text)?.[1];
  if (!token) throw new Error('no link in the mail');
  return { token, text };
}

async function portalAs(email: string, slug = 'le-pont'): Promise<Client> {
  const { token } = await requestLink(email, slug);
  const session = await h.as(null, nextAddress()).portal.signInWithLink.mutate({ token });
  return h.as(session.token);
}

const lePont = { organisationSlug: 'le-pont' };

// Each test asks for its own links; the limit's own test counts from zero.
beforeEach(() =>
  unitOfWork(h.database.db, { tenantId: null, userId: null }, (tx) =>
    tx.execute(sql`delete from sign_in_attempts where account_key like 'sign-in-link:%'`),
  ),
);

async function demoMatch(menteeEmail: string) {
  const [row] = await queryRows<{ id: string; tenant_id: string }>(
    owner,
    sql`select m.id, m.tenant_id from matches m join applications a on a.tenant_id = m.tenant_id and a.id = m.mentee_application_id where a.email = ${menteeEmail} and m.status = 'proposed'`,
  );
  if (!row) throw new Error('demo match missing');
  return row;
}

/**
 * Two acceptances at once on PostgreSQL: the mentee's transaction has accepted and not yet
 * committed when the mentor's begins. Without the match's lock the mentor's would not see
 * the mentee's acceptance and neither would start the duo.
 */
async function raceAcceptances(agreementId: string, textSha256: string) {
  const people = await queryRows<{ id: string; email: string }>(
    owner,
    sql`select id, email from users where email in (${MENTEE}, ${MENTOR})`,
  );
  const idOf = (email: string) => people.find((p) => p.email === email)?.id ?? '';
  const scope = (email: string) => ({ tenantId: h.lePont, userId: idOf(email), participant: true });
  let menteeAccepted = () => {};
  const accepted = new Promise<void>((resolve) => {
    menteeAccepted = resolve;
  });
  const first = unitOfWork(h.database.db, scope(MENTEE), async (tx) => {
    const result = await acceptAgreement(tx, {
      agreementId,
      role: 'mentee',
      locale: 'fr',
      textSha256,
      acceptedBy: idOf(MENTEE),
    });
    menteeAccepted();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return result;
  });
  await accepted;
  const second = unitOfWork(h.database.db, scope(MENTOR), (tx) =>
    acceptAgreement(tx, {
      agreementId,
      role: 'mentor',
      locale: 'fr',
      textSha256,
      acceptedBy: idOf(MENTOR),
    }),
  );
  return Promise.all([first, second]);
}

describe('sign-in by link', () => {
  it('lists the organisations to sign in at, by name and slug only', async () => {
    const listed = await h.as(null, nextAddress()).portal.organisations.query();
    expect(listed).toEqual(
      expect.arrayContaining([
        { slug: 'de-brug', name: 'De Brug vzw' },
        { slug: 'le-pont', name: 'Le Pont asbl' },
      ]),
    );
    expect(listed.every((o) => Object.keys(o).sort().join() === 'name,slug')).toBe(true);
  });

  it('sends a link in the person’s language that signs in once and creates a session', async () => {
    const { token, text } = await requestLink(MENTEE);
    expect(text).toContain('Bonjour Awa Ndiaye');
    expect(text).toContain(`http://web.test/portal/le-pont/sign-in/link?token=${token}`);
    const [stored] = await queryRows<{ purpose: string; minutes: number }>(
      owner,
      sql`select purpose, round(extract(epoch from expires_at - created_at) / 60)::int as minutes from password_tokens where id = ${hashToken(token)}`,
    );
    expect(stored).toEqual({ purpose: 'sign_in', minutes: 15 });
    const anon = h.as(null, nextAddress());
    const session = await anon.portal.signInWithLink.mutate({ token });
    const me = await h.as(session.token).auth.me.query();
    expect(me?.user.email).toBe(MENTEE);
    // A participant is not staff: the account grants no membership.
    expect(me?.memberships).toEqual([]);
    await expect(anon.portal.signInWithLink.mutate({ token })).rejects.toEqual(
      withKey('auth.sign_in_link_invalid'),
    );
  });

  it('never keeps the link where staff can read it', async () => {
    const { token } = await requestLink(MENTOR);
    const [found] = await queryRows<{ n: number }>(
      owner,
      sql`select count(*)::int as n from outbox_messages where body like ${`%${token}%`}`,
    );
    expect(found?.n).toBe(0);
  });

  it('refuses an expired link', async () => {
    const { token } = await requestLink(MENTEE);
    await unitOfWork(h.database.db, { tenantId: null, userId: null }, (tx) =>
      tx
        .update(passwordTokens)
        .set({ expiresAt: sql`now() - interval '1 second'` })
        .where(sql`${passwordTokens.id} = ${hashToken(token)}`),
    );
    await expect(h.as(null, nextAddress()).portal.signInWithLink.mutate({ token })).rejects.toEqual(
      withKey('auth.sign_in_link_invalid'),
    );
  });

  it('does not let a sign-in link set a password', async () => {
    const { token } = await requestLink(MENTOR);
    await expect(
      h
        .as(null, nextAddress())
        .auth.setPassword.mutate({ token, password: 'a-long-new-password-2026' }),
    ).rejects.toEqual(withKey('auth.password_token_invalid'));
  });

  it('answers alike for a known and an unknown address, and mails only the known one', async () => {
    const before = h.capturedMails().length;
    const known = await h
      .as(null, nextAddress())
      .portal.requestSignInLink.mutate({ ...lePont, email: MENTOR });
    const unknown = await h
      .as(null, nextAddress())
      .portal.requestSignInLink.mutate({ ...lePont, email: 'nobody@example.be' });
    // Refused applicants and staff without an accepted application get nothing either.
    const staff = await h
      .as(null, nextAddress())
      .portal.requestSignInLink.mutate({ ...lePont, email: 'coordinator@lepont.example' });
    expect(unknown).toEqual(known);
    expect(staff).toEqual(known);
    await waitForMail(MENTOR, before);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sent = h.capturedMails().slice(before);
    expect(sent.map((m) => /To: (\S+)/.exec(m.text)?.[1])).toEqual([MENTOR]);
  });

  it('limits the links per address, known or not, and says when to try again', async () => {
    for (const email of [MENTEE, 'stranger@example.be']) {
      for (let i = 0; i < MAX_SIGN_IN_LINKS_PER_ACCOUNT; i++) {
        await h.as(null, nextAddress()).portal.requestSignInLink.mutate({ ...lePont, email });
      }
      await expect(
        h.as(null, nextAddress()).portal.requestSignInLink.mutate({ ...lePont, email }),
      ).rejects.toEqual(
        expect.objectContaining({
          data: expect.objectContaining({
            httpStatus: 429,
            appError: { key: 'auth.rate_limited', params: { retryAfterMinutes: 15 } },
          }),
        }),
      );
    }
  });

  it('keeps the user of a person who is staff elsewhere', async () => {
    // An accepted mentor of Le Pont who never signed in to the portal, under the coach's address.
    await unitOfWork(h.database.db, { tenantId: h.lePont, userId: null }, (tx) =>
      tx.execute(
        sql`update applications a set email = 'coach@debrug.example'
            where a.id = (select d.application_id from decisions d where d.outcome = 'accepted'
              and not exists (select 1 from participant_accounts p where p.application_id = d.application_id)
              and not exists (select 1 from matches m where d.application_id in (m.mentor_application_id, m.mentee_application_id))
              limit 1)`,
      ),
    );
    const [before] = await queryRows<{ id: string; name: string }>(
      owner,
      sql`select id, name from users where email = 'coach@debrug.example'`,
    );
    const portal = await portalAs('coach@debrug.example');
    const me = await portal.auth.me.query();
    expect(me?.user).toMatchObject({ id: before?.id, name: before?.name });
    expect(me?.memberships.map((m) => m.role)).toEqual(['coach', 'coach']);
    const home = await portal.portal.home.query(lePont);
    expect(home.participations.map((p) => [p.role, p.match])).toEqual([['mentor', null]]);
  });
});

describe('portal', () => {
  it('shows the person their own programme, match and first meeting', async () => {
    const mentee = await portalAs(MENTEE);
    const home = await mentee.portal.home.query(lePont);
    expect(home.participations).toHaveLength(1);
    const [own] = home.participations;
    expect(own).toMatchObject({
      role: 'mentee',
      match: { status: 'proposed', otherFirstName: 'Julien' },
    });
    expect(own?.match?.firstMeeting).toMatchObject({
      status: 'held',
      locationKind: 'organisation_office',
    });
    expect(own?.match?.waiting).toEqual({ step: 'validation', on: 'both' });
    expect(JSON.stringify(home)).not.toContain('Marchal');
  });

  it('gives a participant nothing of another match, agreement or organisation', async () => {
    const mentee = await portalAs(MENTEE);
    const other = await demoMatch('lina.bouzid@example.be');
    const started = await queryRows<{ id: string }>(
      owner,
      sql`select m.id from matches m where m.tenant_id = ${h.lePont} and m.status = 'started'`,
    );
    const [agreement] = await queryRows<{ id: string; sha: string }>(
      owner,
      sql`select g.id, encode(sha256(convert_to(g.texts->>'fr', 'UTF8')), 'hex') as sha from agreements g where g.tenant_id = ${h.lePont} limit 1`,
    );
    for (const matchId of [other.id, started[0]?.id ?? '']) {
      await expect(
        mentee.portal.validate.mutate({ ...lePont, matchId, answer: 'confirmed' }),
      ).rejects.toEqual(withKey('not_found'));
      await expect(
        mentee.portal.agreement.query({ ...lePont, matchId, locale: 'fr' }),
      ).rejects.toEqual(withKey('not_found'));
      await expect(
        mentee.portal.agreementPdf.query({ ...lePont, matchId, locale: 'fr' }),
      ).rejects.toEqual(withKey('not_found'));
    }
    await expect(
      mentee.portal.acceptAgreement.mutate({
        ...lePont,
        agreementId: agreement?.id ?? '',
        locale: 'fr',
        textSha256: agreement?.sha ?? '',
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(mentee.portal.home.query({ organisationSlug: 'de-brug' })).rejects.toEqual(
      withKey('not_found'),
    );
    // Staff are not participants: the portal is closed to them.
    const staff = await h.signIn('coordinator@lepont.example');
    await expect(staff.portal.home.query(lePont)).rejects.toEqual(withKey('not_found'));
  });

  it('refuses a validation before the first meeting took place', async () => {
    const mentee = await portalAs(MENTEE);
    const match = await demoMatch(MENTEE);
    await unitOfWork(h.database.db, { tenantId: h.lePont, userId: null }, (tx) =>
      tx.execute(
        sql`update first_meetings set status = 'planned', staff_present_user_id = null, mentor_present = null, mentee_present = null, outcome_recorded_at = null where match_id = ${match.id}`,
      ),
    );
    await expect(
      mentee.portal.validate.mutate({ ...lePont, matchId: match.id, answer: 'confirmed' }),
    ).rejects.toEqual(withKey('duo.first_meeting_not_held'));
    await unitOfWork(h.database.db, { tenantId: h.lePont, userId: null }, (tx) =>
      tx.execute(
        sql`update first_meetings set status = 'held', staff_present_user_id = planned_staff_user_id, mentor_present = true, mentee_present = true, outcome_recorded_at = now() where match_id = ${match.id}`,
      ),
    );
  });

  it('a decline ends the proposal, keeps the reason from the other side, frees both', async () => {
    const mentee = await portalAs('lina.bouzid@example.be', 'de-brug');
    const match = await demoMatch('lina.bouzid@example.be');
    const deBrug = { organisationSlug: 'de-brug' };
    await mentee.portal.validate.mutate({
      ...deBrug,
      matchId: match.id,
      answer: 'declined',
      reason: 'Onze uren passen niet.',
    });
    const [row] = await queryRows<{ status: string; closed: boolean; reason: string }>(
      owner,
      sql`select status, closed_at is not null and closed_by is not null as closed, close_reason as reason from matches where id = ${match.id}`,
    );
    expect(row).toEqual({ status: 'declined', closed: true, reason: 'Onze uren passen niet.' });
    const mentor = await portalAs('dirk.vanhoutte@example.be', 'de-brug');
    const home = await mentor.portal.home.query(deBrug);
    expect(home.participations[0]?.match?.status).toBe('declined');
    expect(JSON.stringify(home)).not.toContain('uren');
    await expect(
      mentor.portal.validate.mutate({ ...deBrug, matchId: match.id, answer: 'confirmed' }),
    ).rejects.toEqual(withKey('duo.match_closed'));
    // Both are back in the pool: the mentee may be proposed again.
    await unitOfWork(h.database.db, { tenantId: h.deBrug, userId: null }, (tx) =>
      tx.execute(
        sql`insert into matches (tenant_id, programme_id, mentor_application_id, mentee_application_id, introduction, decided_by)
            select tenant_id, programme_id, mentor_application_id, mentee_application_id, introduction, decided_by from matches where id = ${match.id}`,
      ),
    );
  });

  it('issues the agreement when both confirmed, refuses a stale one, starts the duo once', async () => {
    const match = await demoMatch(MENTEE);
    const mentee = await portalAs(MENTEE);
    const mentor = await portalAs(MENTOR);
    await mentee.portal.validate.mutate({ ...lePont, matchId: match.id, answer: 'confirmed' });
    expect(
      await mentee.portal.agreement.query({ ...lePont, matchId: match.id, locale: 'fr' }),
    ).toBeNull();
    await mentor.portal.validate.mutate({ ...lePont, matchId: match.id, answer: 'confirmed' });
    const first = await mentee.portal.agreement.query({
      ...lePont,
      matchId: match.id,
      locale: 'fr',
    });
    expect(first?.version).toBe(1);
    expect(first?.text).toContain('6 mois');
    expect(first?.text).toContain('Mentor : Julien. Mentoré : Awa.');
    // Le Pont wrote its template in French only: the Dutch text falls back to the catalogue.
    const nl = await mentee.portal.agreement.query({ ...lePont, matchId: match.id, locale: 'nl' });
    expect(nl?.text).toContain('We behandelen elkaar met respect, zijn eerlijk');

    const coordinator = await h.signIn('coordinator@lepont.example');
    const reissued = await coordinator.agreement.reissue.mutate({
      organisationId: h.lePont,
      matchId: match.id,
      durationMonths: 9,
      contactIntervalDays: 10,
    });
    expect(reissued.version).toBe(2);
    await expect(
      mentee.portal.acceptAgreement.mutate({
        ...lePont,
        agreementId: first?.id ?? '',
        locale: 'fr',
        textSha256: first?.textSha256 ?? '',
      }),
    ).rejects.toEqual(withKey('duo.agreement_reissued'));
    const current = await mentee.portal.agreement.query({
      ...lePont,
      matchId: match.id,
      locale: 'fr',
    });
    expect(current?.text).toContain('9 mois');
    await expect(
      mentee.portal.acceptAgreement.mutate({
        ...lePont,
        agreementId: current?.id ?? '',
        locale: 'fr',
        textSha256: first?.textSha256 ?? '',
      }),
    ).rejects.toEqual(withKey('duo.agreement_reissued'));

    const accept = (client: Client) =>
      client.portal.acceptAgreement.mutate({
        ...lePont,
        agreementId: current?.id ?? '',
        locale: 'fr',
        textSha256: current?.textSha256 ?? '',
      });
    const results =
      testDatabaseKind() === 'postgres'
        ? await raceAcceptances(current?.id ?? '', current?.textSha256 ?? '')
        : [await accept(mentee), await accept(mentor)];
    expect(results.map((r) => r.started).sort()).toEqual([false, true]);
    const started = await queryRows<{ status: string; n: number; months: number }>(
      owner,
      sql`select m.status, (select count(*)::int from duos d where d.match_id = m.id) as n,
            (select (extract(year from age(d.planned_end_date, d.start_date)) * 12 + extract(month from age(d.planned_end_date, d.start_date)))::int from duos d where d.match_id = m.id) as months
          from matches m where m.id = ${match.id}`,
    );
    expect(started).toEqual([{ status: 'started', n: 1, months: 9 }]);
    const acceptances = await queryRows<{ role: string; locale: string; sha: string }>(
      owner,
      sql`select role, locale, text_sha256 as sha from agreement_acceptances where agreement_id = ${current?.id ?? ''} order by role`,
    );
    expect(acceptances).toEqual([
      { role: 'mentee', locale: 'fr', sha: current?.textSha256 },
      { role: 'mentor', locale: 'fr', sha: current?.textSha256 },
    ]);
    const home = await mentee.portal.home.query(lePont);
    expect(home.participations[0]?.match).toMatchObject({
      status: 'started',
      duo: {
        startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        plannedEndDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    });

    const pdf = await mentee.portal.agreementPdf.query({
      ...lePont,
      matchId: match.id,
      locale: 'fr',
    });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf.base64);
    expect(text).toContain('Convention entre mentor et mentoré');
    expect(text).toContain('9 mois');
    expect(text).toContain('Version 2');
    expect(text).toContain('Acceptée par le mentoré');
  });
});
