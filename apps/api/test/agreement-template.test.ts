import {
  agreements,
  applications,
  decisions,
  trainingAttendances,
  trainingSessions,
  unitOfWork,
} from '@tandem/db';
import { INTAKE_CONSENT_TEXT_VERSION, TRAINING_TOPIC_IDS } from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { acceptAgreement, sha256Hex } from '../src/duos/duo-start.ts';
import { type Client, createHarness, withKey } from './harness.ts';
import { pdfText } from './pdf-text.ts';

/** A programme's agreement templates (C5) and the staff view of one match's agreement. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;
const HOUR = 3_600_000;

async function userId(client: Client) {
  const me = await client.auth.me.query();
  if (!me) throw new Error('not signed in');
  return me.user.id;
}
const coordinatorId = await userId(coordinator);
const coachId = await userId(coach);

const charter = (label: string) => ({
  ethicalCharter: `Charte ${label} : respect et honnêteté.`,
  confidentiality: `Confidentialité ${label}.`,
  whenDifficult: `Appelez la coordinatrice ${label}.`,
});

async function newProgramme(label: string) {
  return coordinator.programme.create.mutate({
    organisationId: org,
    name: `Overeenkomst ${label}`,
    languages: ['nl', 'fr'],
    plannedDurationMonths: 8,
    minContactFrequencyDays: 12,
  });
}

/** Two accepted people of the programme, the mentor trained, matched by the coordinator. */
async function decidedMatch(programmeId: string, label: string) {
  const channel = await coordinator.recruitmentChannel.create.mutate({
    organisationId: org,
    programmeId,
    kind: 'other',
    name: `Kanaal ${label}`,
    audience: 'both',
  });
  const people = [
    { role: 'mentor' as const, name: `Mentor Wijnants ${label}` },
    { role: 'mentee' as const, name: `Mentee Lambrechts ${label}` },
  ];
  const [mentor, mentee] = await unitOfWork(
    h.database.db,
    { tenantId: org, userId: null },
    async (tx) => {
      const rows = await tx
        .insert(applications)
        .values(
          people.map((p) => ({
            tenantId: org,
            programmeId,
            role: p.role,
            email: `${p.role}.${label.toLowerCase()}@agreement-template.test`,
            name: p.name,
            preferredLocale: 'fr' as const,
            availability: [{ day: 'wed' as const, part: 'afternoon' as const }],
            postcode: '1030',
            municipality: 'Schaerbeek',
            languages: ['fr'],
            sector: 'horeca',
            goal: 'Trouver un emploi',
            birthYear: p.role === 'mentor' ? 1968 : 1998,
            interests: [],
            experienceYears: p.role === 'mentor' ? 25 : null,
            channelId: channel.id,
            consentAt: new Date(),
            consentTextVersion: INTAKE_CONSENT_TEXT_VERSION,
          })),
        )
        .returning({ id: applications.id });
      await tx.insert(decisions).values(
        rows.map((r) => ({
          tenantId: org,
          applicationId: r.id,
          outcome: 'accepted' as const,
          decidedBy: coordinatorId,
        })),
      );
      const [session] = await tx
        .insert(trainingSessions)
        .values({
          tenantId: org,
          programmeId,
          startsAt: new Date(Date.now() - 24 * HOUR),
          place: 'Lokaal',
          trainer: 'Trainer',
          topicsCovered: [...TRAINING_TOPIC_IDS],
        })
        .returning();
      await tx.insert(trainingAttendances).values({
        tenantId: org,
        trainingSessionId: session?.id ?? '',
        applicationId: rows[0]?.id ?? '',
        attended: true,
        attendanceRecordedAt: new Date(),
        attendanceRecordedBy: coordinatorId,
      });
      return rows;
    },
  );
  const scope = { organisationId: org, programmeId };
  await coordinator.matching.proposal.decide.mutate({
    ...scope,
    pairs: [{ mentorApplicationId: mentor?.id ?? '', menteeApplicationId: mentee?.id ?? '' }],
  });
  const match = (await coordinator.matching.match.list.query(scope)).find(
    (m) => m.mentorApplicationId === mentor?.id,
  );
  if (!match) throw new Error('no match');
  return match.id;
}

/** The first meeting held and both sides' answers recorded by staff: the agreement is issued. */
async function validatedMatch(programmeId: string, label: string) {
  const matchId = await decidedMatch(programmeId, label);
  const meeting = await coordinator.firstMeeting.schedule.mutate({
    organisationId: org,
    matchId,
    startsAt: new Date(Date.now() - 2 * HOUR).toISOString(),
    durationMinutes: 60,
    place: 'Bibliothèque de Schaerbeek',
    locationKind: 'library',
    plannedStaffUserId: coachId,
  });
  await coordinator.firstMeeting.recordOutcome.mutate({
    organisationId: org,
    firstMeetingId: meeting.id,
    held: true,
    staffPresentUserId: coachId,
    mentorPresent: true,
    menteePresent: true,
  });
  for (const role of ['mentor', 'mentee'] as const) {
    await coordinator.firstMeeting.recordAnswer.mutate({
      organisationId: org,
      matchId,
      role,
      answer: 'confirmed',
      channel: 'phone',
      reason: null,
    });
  }
  return matchId;
}

async function issuedTexts(matchId: string) {
  return unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
    tx
      .select({ version: agreements.version, texts: agreements.texts })
      .from(agreements)
      .where(and(eq(agreements.tenantId, org), eq(agreements.matchId, matchId)))
      .orderBy(agreements.version),
  );
}

describe('agreement templates (C5)', () => {
  it('shows the catalogue’s defaults for every language until one is written', async () => {
    const programme = await newProgramme('Standaard');
    const scope = { organisationId: org, programmeId: programme.id };
    const result = await coordinator.agreementTemplate.get.query(scope);
    expect(result).toMatchObject({ durationMonths: 8, contactIntervalDays: 12 });
    expect(result.templates.map((t) => t.locale)).toEqual(['nl', 'fr', 'en']);
    for (const template of result.templates) {
      const { t } = createTranslator(template.locale);
      expect(template).toEqual({
        locale: template.locale,
        ethicalCharter: t('agreement.default.ethicalCharter'),
        confidentiality: t('agreement.default.confidentiality'),
        whenDifficult: t('agreement.default.whenDifficult'),
        isDefault: true,
        version: null,
        updatedAt: null,
        updatedByName: null,
      });
    }
  });

  it('saves one language as version 1, then one higher on every edit, with who and when', async () => {
    const programme = await newProgramme('Versies');
    const scope = { organisationId: org, programmeId: programme.id };
    const first = await coordinator.agreementTemplate.save.mutate({
      ...scope,
      locale: 'fr',
      ...charter('un'),
    });
    expect(first).toMatchObject({ locale: 'fr', version: 1 });
    const second = await coordinator.agreementTemplate.save.mutate({
      ...scope,
      locale: 'fr',
      ...charter('deux'),
      whenDifficult: '  Appelez Inès au 02 000 00 00.\n\nOu écrivez-lui.  ',
    });
    expect(second.version).toBe(2);
    const { templates } = await coordinator.agreementTemplate.get.query(scope);
    expect(templates.find((t) => t.locale === 'fr')).toMatchObject({
      ...charter('deux'),
      whenDifficult: 'Appelez Inès au 02 000 00 00.\n\nOu écrivez-lui.',
      isDefault: false,
      version: 2,
      updatedAt: second.updatedAt,
      updatedByName: expect.any(String),
    });
    const me = await coordinator.auth.me.query();
    expect(templates.find((t) => t.locale === 'fr')?.updatedByName).toBe(me?.user.name);
    expect(templates.filter((t) => t.isDefault).map((t) => t.locale)).toEqual(['nl', 'en']);
  });

  it('refuses an empty text with its own message and keeps the saved version', async () => {
    const programme = await newProgramme('Leeg');
    const scope = { organisationId: org, programmeId: programme.id };
    await coordinator.agreementTemplate.save.mutate({ ...scope, locale: 'nl', ...charter('nl') });
    await expect(
      coordinator.agreementTemplate.save.mutate({
        ...scope,
        locale: 'nl',
        ethicalCharter: '   ',
        confidentiality: '',
        whenDifficult: 'Bel ons.',
      }),
    ).rejects.toMatchObject({
      data: {
        appError: { key: 'validation.invalid_input' },
        fieldErrors: {
          ethicalCharter: { key: 'validation.agreement_text_required' },
          confidentiality: { key: 'validation.agreement_text_required' },
        },
      },
    });
    const { templates } = await coordinator.agreementTemplate.get.query(scope);
    expect(templates.find((t) => t.locale === 'nl')).toMatchObject({
      ...charter('nl'),
      version: 1,
    });
  });

  it('previews the agreement as it would be issued, from the saved texts or a draft, saving nothing', async () => {
    const programme = await newProgramme('Voorbeeld');
    const scope = { organisationId: org, programmeId: programme.id };
    await coordinator.agreementTemplate.save.mutate({ ...scope, locale: 'fr', ...charter('v1') });
    const saved = await coach.agreementTemplate.preview.mutate({ ...scope, locale: 'fr' });
    expect(saved).toMatchObject({ locale: 'fr', durationMonths: 8, contactIntervalDays: 12 });
    expect(saved.text).toContain('Convention entre mentor et mentoré — Overeenkomst Voorbeeld');
    expect(saved.text).toContain('8 mois');
    expect(saved.text).toContain('Charte v1 : respect et honnêteté.');
    expect(saved.text).toContain('Mentor : [prénom du mentor]. Mentoré : [prénom du mentoré].');

    const draft = await coordinator.agreementTemplate.preview.mutate({
      ...scope,
      locale: 'fr',
      draft: charter('brouillon'),
    });
    expect(draft.text).toContain('Charte brouillon : respect et honnêteté.');
    expect(draft.text).not.toContain('Charte v1');
    const { templates } = await coordinator.agreementTemplate.get.query(scope);
    expect(templates.find((t) => t.locale === 'fr')).toMatchObject({
      ...charter('v1'),
      version: 1,
    });

    // A language without a template previews in the catalogue's wording.
    const nl = await coordinator.agreementTemplate.preview.mutate({ ...scope, locale: 'nl' });
    expect(nl.text).toContain(createTranslator('nl').t('agreement.default.ethicalCharter'));
  });

  it('leaves agreements already issued as they are; agreements issued afterwards use the new text', async () => {
    const programme = await newProgramme('Uitgegeven');
    const scope = { organisationId: org, programmeId: programme.id };
    await coordinator.agreementTemplate.save.mutate({
      ...scope,
      locale: 'fr',
      ...charter('ancien'),
    });
    const earlier = await validatedMatch(programme.id, 'Eerder');
    const [issued] = await issuedTexts(earlier);
    expect(issued?.texts.fr).toContain('Charte ancien');
    const preview = await coordinator.agreementTemplate.preview.mutate({ ...scope, locale: 'fr' });
    // The preview is exactly the issued text but for the first names.
    expect(issued?.texts.fr.replace(/Mentor : .*\. Mentoré : .*\./, '')).toBe(
      preview.text.replace(/Mentor : .*\. Mentoré : .*\./, ''),
    );

    await coordinator.agreementTemplate.save.mutate({
      ...scope,
      locale: 'fr',
      ...charter('nouveau'),
    });
    expect(await issuedTexts(earlier)).toEqual([issued]);

    const later = await validatedMatch(programme.id, 'Later');
    const [fresh] = await issuedTexts(later);
    expect(fresh?.texts.fr).toContain('Charte nouveau');
    expect(fresh?.texts.fr).not.toContain('Charte ancien');

    // Re-issuing the earlier match is issuing afresh: its new version has the new text.
    await coordinator.agreement.reissue.mutate({
      organisationId: org,
      matchId: earlier,
      durationMonths: 10,
      contactIntervalDays: 7,
    });
    const [v1, v2] = await issuedTexts(earlier);
    expect(v1).toEqual(issued);
    expect(v2?.texts.fr).toContain('Charte nouveau');
    expect(v2?.texts.fr).toContain('10 mois');
  });
});

describe('a match’s agreement for staff (C5)', () => {
  it('lists every version with who issued it, what replaced it and each side’s acceptance', async () => {
    const programme = await newProgramme('Staf');
    const matchId = await validatedMatch(programme.id, 'Staf');
    const match = { organisationId: org, matchId };
    const before = await coach.agreement.versions.query(match);
    expect(before).toMatchObject({
      matchId,
      programmeId: programme.id,
      status: 'proposed',
      mentorName: 'Mentor Wijnants Staf',
      menteeName: 'Mentee Lambrechts Staf',
      programmeDurationMonths: 8,
      programmeContactIntervalDays: 12,
      canReissue: true,
      duo: null,
    });
    const me = await coordinator.auth.me.query();
    expect(before.versions).toEqual([
      {
        id: expect.any(String),
        version: 1,
        durationMonths: 8,
        contactIntervalDays: 12,
        issuedAt: expect.any(String),
        issuedByName: me?.user.name,
        supersededAt: null,
        acceptances: { mentor: null, mentee: null },
      },
    ]);

    const [first] = await issuedTexts(matchId);
    await unitOfWork(h.database.db, { tenantId: org, userId: coordinatorId }, (tx) =>
      acceptAgreement(tx, {
        agreementId: before.versions[0]?.id ?? '',
        role: 'mentee',
        locale: 'fr',
        textSha256: sha256Hex(first?.texts.fr ?? ''),
        acceptedBy: coordinatorId,
      }),
    );
    const reissued = await coordinator.agreement.reissue.mutate({
      ...match,
      durationMonths: 9,
      contactIntervalDays: 10,
    });
    const after = await coordinator.agreement.versions.query(match);
    expect(after.versions).toMatchObject([
      {
        version: 1,
        supersededAt: expect.any(String),
        acceptances: { mentor: null, mentee: { at: expect.any(String), locale: 'fr' } },
      },
      {
        id: reissued.id,
        version: 2,
        durationMonths: 9,
        contactIntervalDays: 10,
        supersededAt: null,
        acceptances: { mentor: null, mentee: null },
      },
    ]);

    const pdf = await coach.agreement.pdf.query({ ...match, version: 1, locale: 'fr' });
    expect(pdf.filename).toBe('convention-v1.pdf');
    const text = await pdfText(pdf.base64);
    expect(text).toContain('8 mois');
    expect(text).toContain('Version 1');
    expect(text).toContain('Acceptée par le mentoré');
    const current = await pdfText(
      (await coach.agreement.pdf.query({ ...match, version: 2, locale: 'nl' })).base64,
    );
    expect(current).toContain('9 maanden');
    await expect(coach.agreement.pdf.query({ ...match, version: 3, locale: 'fr' })).rejects.toEqual(
      withKey('duo.agreement_not_issued'),
    );
  });

  it('says when it cannot be re-issued yet, and shows a match without an agreement', async () => {
    const programme = await newProgramme('Nog niet');
    const matchId = await decidedMatch(programme.id, 'Nog');
    expect(
      await coordinator.agreement.versions.query({ organisationId: org, matchId }),
    ).toMatchObject({ canReissue: false, versions: [] });
  });
});

describe('who may do what', () => {
  it('lets a coach read and preview the templates but not change them', async () => {
    const programme = await newProgramme('Coach');
    const scope = { organisationId: org, programmeId: programme.id };
    expect((await coach.agreementTemplate.get.query(scope)).templates).toHaveLength(3);
    await expect(
      coach.agreementTemplate.save.mutate({ ...scope, locale: 'fr', ...charter('coach') }),
    ).rejects.toEqual(withKey('forbidden'));
    expect(
      (await coordinator.agreementTemplate.get.query(scope)).templates.every((t) => t.isDefault),
    ).toBe(true);
  });

  it('shows another organisation nothing of the templates or of a match’s agreement', async () => {
    const programme = await newProgramme('Vreemd');
    await coordinator.agreementTemplate.save.mutate({
      organisationId: org,
      programmeId: programme.id,
      locale: 'fr',
      ...charter('secret'),
    });
    const matchId = await validatedMatch(programme.id, 'Vreemd');
    const theirs = { organisationId: h.lePont, programmeId: programme.id };
    await expect(lePontCoordinator.agreementTemplate.get.query(theirs)).rejects.toEqual(
      withKey('not_found'),
    );
    await expect(
      lePontCoordinator.agreementTemplate.preview.mutate({ ...theirs, locale: 'fr' }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      lePontCoordinator.agreementTemplate.save.mutate({
        ...theirs,
        locale: 'fr',
        ...charter('intrus'),
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      lePontCoordinator.agreement.versions.query({ organisationId: h.lePont, matchId }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      lePontCoordinator.agreement.pdf.query({
        organisationId: h.lePont,
        matchId,
        version: 1,
        locale: 'fr',
      }),
    ).rejects.toEqual(withKey('not_found'));
    // Nor by naming de Brug: they are no member there.
    await expect(
      lePontCoordinator.agreementTemplate.get.query({
        organisationId: org,
        programmeId: programme.id,
      }),
    ).rejects.toEqual(withKey('not_found'));
    const { templates } = await coordinator.agreementTemplate.get.query({
      organisationId: org,
      programmeId: programme.id,
    });
    expect(templates.find((t) => t.locale === 'fr')).toMatchObject({ version: 1 });
  });
});
