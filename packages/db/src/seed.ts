import { eq, sql } from 'drizzle-orm';
import type { Database } from './client.ts';
import demoSignIns from './demo-sign-ins.json' with { type: 'json' };
import {
  applicationSubmissions,
  applications,
  decisions,
  infoSessionRegistrations,
  infoSessions,
  interviews,
  memberships,
  messageTemplates,
  networkMembers,
  networks,
  onwardReferrals,
  organisations,
  outboxMessages,
  partnerLinks,
  partnerMemberships,
  partnerOrganisations,
  platformOperators,
  programmes,
  recruitmentChannels,
  referralStatusChanges,
  referrals,
  socialMapServices,
  trainingAttendances,
  trainingModules,
  trainingSessionModules,
  trainingSessions,
  users,
} from './schema/index.ts';
import { DE_BRUG_ACTIVE_DUOS, LE_PONT_ACTIVE_DUOS, seedActiveDuos } from './seed-active-duos.ts';
import { seedDuoClosure } from './seed-closure.ts';
import { type DemoDuoStages, seedDuoStages } from './seed-duo-start.ts';
import { type DemoDuoStart, seedDuoStart } from './seed-duos.ts';
import { DE_BRUG_EARLY_END, LE_PONT_EARLY_END, seedEarlyEnds } from './seed-early-end.ts';
import { seedEvaluations } from './seed-evaluation.ts';
import { DE_BRUG_GUIDANCE, LE_PONT_GUIDANCE, seedDuoGuidance } from './seed-guidance.ts';
import {
  DE_BRUG_MATCHING_POOL,
  LE_PONT_MATCHING_POOL,
  seedMatchingPool,
} from './seed-matching-pool.ts';
import { DE_BRUG_OUTCOMES, LE_PONT_OUTCOMES, seedOutcomes } from './seed-outcomes.ts';
import { type DemoPortal, seedPortal } from './seed-portal.ts';
import { DE_BRUG_WORKSHOPS, LE_PONT_WORKSHOPS, seedWorkshops } from './seed-workshops.ts';
import { enterScope, type Transaction, unitOfWork } from './unit-of-work.ts';

/** Shared with the start script, which prints them. */
export const DEMO_PASSWORD = demoSignIns.password;
export const DEMO_SIGN_INS = demoSignIns.accounts;

/** Any fixed number, other than the migrations' lock: processes starting together take turns. */
const SEED_LOCK = 7_274_002;

/**
 * Demo data for a first start. Goes through `unitOfWork` like any request, so the seed
 * also proves the application role can do what the app needs. Does nothing when an
 * organisation already exists. One transaction for all of it: a first start that is killed
 * part-way leaves nothing, and the next start seeds again.
 */
export function seedDemoData(
  db: Database,
  hashPassword: (password: string) => Promise<string>,
): Promise<boolean> {
  return unitOfWork(db, { tenantId: null, userId: null }, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const existing = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (existing.length > 0) return false;

    const { deBrug, lePont, people, partners } = await seedPlatform(
      tx,
      await hashPassword(DEMO_PASSWORD),
    );

    await enterScope(tx, { tenantId: deBrug, userId: null });
    await tx.insert(memberships).values([
      { tenantId: deBrug, userId: people('admin@debrug.example'), role: 'admin' },
      { tenantId: deBrug, userId: people('coordinator@debrug.example'), role: 'coordinator' },
      { tenantId: deBrug, userId: people('coach@debrug.example'), role: 'coach' },
    ]);
    const [antwerpen] = await tx
      .insert(programmes)
      .values([
        {
          tenantId: deBrug,
          name: 'Mentoring naar werk Antwerpen',
          description:
            'Vrijwillige mentoren begeleiden werkzoekenden zes maanden naar duurzaam werk.',
          languages: ['nl', 'en', 'ar'],
        },
        {
          tenantId: deBrug,
          name: 'Zomertraject jongeren',
          description: 'Een korter traject voor schoolverlaters tijdens de zomer.',
          languages: ['nl'],
          plannedDurationMonths: 4,
          shorterDurationReason: 'Sluit aan op het schooljaar; opvolging via de trajectbegeleider.',
          minContactFrequencyDays: 7,
        },
      ])
      .returning();
    if (!antwerpen) throw new Error('seed insert returned nothing');
    await seedIntake(
      tx,
      deBrug,
      antwerpen,
      'De Brug vzw',
      people('coordinator@debrug.example'),
      DE_BRUG_INTAKE,
    );
    await seedDuoGuidance(
      tx,
      deBrug,
      antwerpen.id,
      people('coach@debrug.example'),
      people('coordinator@debrug.example'),
      DE_BRUG_GUIDANCE,
    );
    await seedDuoClosure(
      tx,
      deBrug,
      antwerpen.id,
      people('coordinator@debrug.example'),
      DE_BRUG_GUIDANCE.place,
    );
    await seedActiveDuos(
      tx,
      deBrug,
      antwerpen.id,
      people('coach@debrug.example'),
      people('coordinator@debrug.example'),
      DE_BRUG_ACTIVE_DUOS,
    );
    await seedEarlyEnds(
      tx,
      deBrug,
      antwerpen.id,
      people('coach@debrug.example'),
      people('coordinator@debrug.example'),
      DE_BRUG_EARLY_END,
    );
    await seedOutcomes(
      tx,
      deBrug,
      antwerpen.id,
      people('coach@debrug.example'),
      people('coordinator@debrug.example'),
      DE_BRUG_OUTCOMES,
    );
    await seedEvaluations(tx, deBrug, antwerpen.id);
    await seedWorkshops(
      tx,
      deBrug,
      antwerpen.id,
      people('coordinator@debrug.example'),
      DE_BRUG_WORKSHOPS,
    );
    await seedReferrals(tx, deBrug, antwerpen, partners.vdab, DE_BRUG_REFERRALS);

    await enterScope(tx, { tenantId: lePont, userId: null });
    await tx.insert(memberships).values([
      { tenantId: lePont, userId: people('coordinator@lepont.example'), role: 'coordinator' },
      { tenantId: lePont, userId: people('coach@debrug.example'), role: 'coach' },
    ]);
    const [bruxelles] = await tx
      .insert(programmes)
      .values({
        tenantId: lePont,
        name: 'Mentorat vers l’emploi Bruxelles',
        description: 'Des mentors bénévoles accompagnent des chercheurs d’emploi pendant six mois.',
        languages: ['fr', 'nl'],
      })
      .returning();
    if (!bruxelles) throw new Error('seed insert returned nothing');
    await seedIntake(
      tx,
      lePont,
      bruxelles,
      'Le Pont asbl',
      people('coordinator@lepont.example'),
      LE_PONT_INTAKE,
    );
    await seedDuoGuidance(
      tx,
      lePont,
      bruxelles.id,
      people('coach@debrug.example'),
      people('coordinator@lepont.example'),
      LE_PONT_GUIDANCE,
    );
    await seedDuoClosure(
      tx,
      lePont,
      bruxelles.id,
      people('coordinator@lepont.example'),
      LE_PONT_GUIDANCE.place,
    );
    await seedActiveDuos(
      tx,
      lePont,
      bruxelles.id,
      people('coach@debrug.example'),
      people('coordinator@lepont.example'),
      LE_PONT_ACTIVE_DUOS,
    );
    await seedEarlyEnds(
      tx,
      lePont,
      bruxelles.id,
      people('coach@debrug.example'),
      people('coordinator@lepont.example'),
      LE_PONT_EARLY_END,
    );
    await seedOutcomes(
      tx,
      lePont,
      bruxelles.id,
      people('coach@debrug.example'),
      people('coordinator@lepont.example'),
      LE_PONT_OUTCOMES,
    );
    await seedEvaluations(tx, lePont, bruxelles.id);
    await seedWorkshops(
      tx,
      lePont,
      bruxelles.id,
      people('coordinator@lepont.example'),
      LE_PONT_WORKSHOPS,
    );
    await seedReferrals(tx, lePont, bruxelles, partners.actiris, LE_PONT_REFERRALS);
    return true;
  });
}

/** Organisations, people, the network and partner organisations: the rows outside any tenant. */
async function seedPlatform(tx: Transaction, passwordHash: string) {
  const person = (email: string, name: string, locale: 'nl' | 'fr' | 'en') => ({
    email,
    name,
    locale,
    passwordHash,
  });
  const [deBrugRow, lePontRow] = await tx
    .insert(organisations)
    .values([
      { name: 'De Brug vzw', slug: 'de-brug', defaultLocale: 'nl' },
      { name: 'Le Pont asbl', slug: 'le-pont', defaultLocale: 'fr' },
    ])
    .returning();
  const inserted = await tx
    .insert(users)
    .values([
      person('admin@debrug.example', 'An Peeters', 'nl'),
      person('coordinator@debrug.example', 'Sofie Janssens', 'nl'),
      person('coach@debrug.example', 'Karim El Amrani', 'nl'),
      person('coordinator@lepont.example', 'Claire Dubois', 'fr'),
      person('operator@tandem.example', 'Tom Operator', 'en'),
      person('partner@vdab.example', 'Els Vermeulen', 'nl'),
      person('partner@actiris.example', 'Nadia Mertens', 'fr'),
    ])
    .returning();
  const byEmail = (email: string) => {
    const found = inserted.find((u) => u.email === email);
    if (!found) throw new Error(`seed user ${email} missing`);
    return found.id;
  };
  await tx.insert(platformOperators).values({ userId: byEmail('operator@tandem.example') });
  const [network] = await tx
    .insert(networks)
    .values({ name: 'Netwerk Mentoring naar Werk' })
    .returning();
  if (!deBrugRow || !lePontRow || !network) throw new Error('seed insert returned nothing');
  await tx.insert(networkMembers).values([
    { networkId: network.id, organisationId: deBrugRow.id },
    { networkId: network.id, organisationId: lePontRow.id },
  ]);
  const [vdab, actiris] = await tx
    .insert(partnerOrganisations)
    .values([
      { name: 'VDAB Antwerpen', kind: 'public_employment_service' },
      { name: 'Actiris', kind: 'public_employment_service' },
    ])
    .returning();
  if (!vdab || !actiris) throw new Error('seed insert returned nothing');
  await tx.insert(partnerMemberships).values([
    { partnerId: vdab.id, userId: byEmail('partner@vdab.example'), role: 'admin' },
    { partnerId: actiris.id, userId: byEmail('partner@actiris.example'), role: 'admin' },
  ]);
  return {
    deBrug: deBrugRow.id,
    lePont: lePontRow.id,
    people: byEmail,
    partners: { vdab: vdab.id, actiris: actiris.id },
  };
}

interface DemoIntake {
  locale: 'nl' | 'fr';
  channels: Pick<typeof recruitmentChannels.$inferInsert, 'kind' | 'name' | 'audience'>[];
  place: string;
  /** [name, e-mail, municipality, postcode, sector, goal] of a mentor and a mentee. */
  mentor: [string, string, string, string, string, string];
  mentee: [string, string, string, string, string, string];
  /** What the mentee changed in a later application by the same e-mail, not yet reviewed. */
  resubmission: { phone: string; goal: string };
  confirmation: { subject: string; body: string };
  duoStart: Omit<DemoDuoStart, 'locale' | 'place'>;
  portal: Omit<DemoPortal, 'locale' | 'place'>;
  stages: Omit<DemoDuoStages, 'locale' | 'place' | 'agreementText'>;
}

const DE_BRUG_INTAKE: DemoIntake = {
  locale: 'nl',
  channels: [
    {
      kind: 'employer_partnership',
      name: 'Haven van Antwerpen (bedrijfsvrijwilligers)',
      audience: 'mentor',
    },
    { kind: 'volunteer_centre', name: 'Vrijwilligerspunt Antwerpen', audience: 'mentor' },
    { kind: 'public_employment_service', name: 'VDAB Antwerpen', audience: 'mentee' },
    { kind: 'social_media', name: 'Facebook en LinkedIn', audience: 'both' },
  ],
  place: 'De Brug, Lange Kievitstraat 10, 2018 Antwerpen',
  mentor: [
    'Jan De Smet',
    'jan.desmet@example.be',
    'Antwerpen',
    '2018',
    'logistiek',
    'Mijn ervaring doorgeven aan een werkzoekende.',
  ],
  mentee: [
    'Yasmina Benali',
    'yasmina.benali@example.be',
    'Borgerhout',
    '2140',
    'administratie',
    'Een vaste job als administratief medewerker.',
  ],
  resubmission: {
    phone: '+32 470 12 34 56',
    goal: 'Een vaste job als administratief medewerker, liefst in de zorgsector.',
  },
  confirmation: {
    subject: 'Welkom bij {{programme}}!',
    body: 'Beste {{name}},\n\nJe bent aanvaard voor {{programme}}. We nodigen je snel uit voor de opleiding.\n\nHartelijke groeten,\n{{organisation}}',
  },
  duoStart: {
    mentor: [
      'Luc Verhoeven',
      'luc.verhoeven@example.be',
      'Berchem',
      '2600',
      'logistiek',
      'Mijn netwerk in de haven delen.',
    ],
    mentee: [
      'Ahmed Karimi',
      'ahmed.karimi@example.be',
      'Deurne',
      '2100',
      'logistiek',
      'Werk als magazijnier.',
    ],
    template: {
      ethicalCharter:
        'We behandelen elkaar met respect. De mentor beslist niet in de plaats van de mentee.',
      confidentiality:
        'Wat we elkaar vertellen, blijft tussen ons, behalve als iemand in gevaar is.',
      whenDifficult:
        'Loopt het moeilijk? Bel je coach bij De Brug. Je mag het duo altijd beëindigen.',
    },
  },
  portal: {
    mentor: ['Dirk Vanhoutte', 'dirk.vanhoutte@example.be', 'Mortsel', '2640'],
    mentee: ['Lina Bouzid', 'lina.bouzid@example.be', 'Borgerhout', '2140'],
    sector: 'logistiek',
    mentorValidated: true,
  },
  stages: {
    sector: 'logistiek',
    toPlan: [
      ['Koen Declercq', 'koen.declercq@example.be', 'Berchem', '2600'],
      ['Samira Cherkaoui', 'samira.cherkaoui@example.be', 'Borgerhout', '2140'],
    ],
    planned: [
      ['Els Wauters', 'els.wauters@example.be', 'Edegem', '2650'],
      ['Emre Kaya', 'emre.kaya@example.be', 'Deurne', '2100'],
    ],
    notHeld: [
      ['Bart Hendrickx', 'bart.hendrickx@example.be', 'Wilrijk', '2610'],
      ['Rania Aouad', 'rania.aouad@example.be', 'Hoboken', '2660'],
    ],
    agreementIssued: [
      ['An Bogaert', 'an.bogaert@example.be', 'Kontich', '2550'],
      ['Jonas Lenaerts', 'jonas.lenaerts@example.be', 'Merksem', '2170'],
    ],
  },
};

const LE_PONT_INTAKE: DemoIntake = {
  locale: 'fr',
  channels: [
    { kind: 'partner_referral', name: 'CPAS de Schaerbeek', audience: 'mentee' },
    { kind: 'alumni', name: 'Anciens mentors', audience: 'mentor' },
    { kind: 'word_of_mouth', name: 'Bouche-à-oreille', audience: 'both' },
  ],
  place: 'Le Pont, rue Royale 150, 1000 Bruxelles',
  mentor: [
    'Marc Lambert',
    'marc.lambert@example.be',
    'Ixelles',
    '1050',
    'banque',
    'Partager mon réseau professionnel.',
  ],
  mentee: [
    'Fatou Diallo',
    'fatou.diallo@example.be',
    'Schaerbeek',
    '1030',
    'soins de santé',
    'Trouver un emploi d’aide-soignante.',
  ],
  resubmission: {
    phone: '+32 485 65 43 21',
    goal: 'Trouver un emploi d’aide-soignante à temps partiel.',
  },
  confirmation: {
    subject: 'Bienvenue dans {{programme}}',
    body: 'Bonjour {{name}},\n\nVotre participation à {{programme}} est confirmée.\n\nCordialement,\n{{organisation}}',
  },
  duoStart: {
    mentor: [
      'Sophie Lemaire',
      'sophie.lemaire@example.be',
      'Etterbeek',
      '1040',
      'soins de santé',
      'Partager mon expérience d’infirmière.',
    ],
    mentee: [
      'Karim Ouedraogo',
      'karim.ouedraogo@example.be',
      'Molenbeek',
      '1080',
      'soins de santé',
      'Devenir aide-soignant.',
    ],
    template: {
      ethicalCharter: 'Nous nous respectons. Le mentor ne décide pas à la place du mentoré.',
      confidentiality: 'Ce que nous nous disons reste entre nous, sauf si quelqu’un est en danger.',
      whenDifficult:
        'En cas de difficulté, appelez votre coach au Pont. Vous pouvez toujours mettre fin au duo.',
    },
  },
  portal: {
    mentor: ['Julien Marchal', 'julien.marchal@example.be', 'Ixelles', '1050'],
    mentee: ['Awa Ndiaye', 'awa.ndiaye@example.be', 'Schaerbeek', '1030'],
    sector: 'commerce',
    mentorValidated: false,
  },
  stages: {
    sector: 'commerce',
    toPlan: [
      ['Isabelle Fontaine', 'isabelle.fontaine@example.be', 'Uccle', '1180'],
      ['Patrick Kabongo', 'patrick.kabongo@example.be', 'Anderlecht', '1070'],
    ],
    planned: [
      ['Marc Lefebvre', 'marc.lefebvre@example.be', 'Etterbeek', '1040'],
      ['Grace Tshibangu', 'grace.tshibangu@example.be', 'Molenbeek-Saint-Jean', '1080'],
    ],
    notHeld: [
      ['Nathalie Moreau', 'nathalie.moreau@example.be', 'Woluwe-Saint-Lambert', '1200'],
      ['Chris Nzuzi', 'chris.nzuzi@example.be', 'Forest', '1190'],
    ],
    agreementIssued: [
      ['Sylvie Masson', 'sylvie.masson@example.be', 'Auderghem', '1160'],
      ['Didier Mutombo', 'didier.mutombo@example.be', 'Saint-Gilles', '1060'],
    ],
  },
};

const DAY = 86_400_000;

/**
 * Intake demo data for one programme: channels, a past info session with attendance and an
 * upcoming one, a mentor who went all the way to acceptance (interview, decision, sent
 * confirmation) and a mentee who has applied, attended and applied again with a new phone
 * number and goal, waiting for staff to review.
 */
async function seedIntake(
  tx: Transaction,
  tenantId: string,
  programme: { id: string; name: string },
  organisationName: string,
  coordinatorId: string,
  demo: DemoIntake,
) {
  const programmeId = programme.id;
  const fill = (text: string, name: string) =>
    text
      .replaceAll('{{name}}', name)
      .replaceAll('{{programme}}', programme.name)
      .replaceAll('{{organisation}}', organisationName);
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const channels = await tx
    .insert(recruitmentChannels)
    .values(demo.channels.map((c) => ({ tenantId, programmeId, ...c })))
    .returning();
  const channelFor = (role: 'mentor' | 'mentee') => {
    const found = channels.find((c) => c.audience === role || c.audience === 'both');
    if (!found) throw new Error(`seed channel for ${role} missing`);
    return found.id;
  };
  const sessions = await tx
    .insert(infoSessions)
    .values([
      {
        tenantId,
        programmeId,
        audience: 'mentor',
        startsAt: at(-30),
        place: demo.place,
        capacity: 20,
        topicsCovered: ['eligibility_and_role', 'content_benefits_challenges', 'voluntary_nature'],
      },
      {
        tenantId,
        programmeId,
        audience: 'mentee',
        startsAt: at(-28),
        onlineUrl: 'https://meet.example.org/infosessie',
        capacity: 15,
        topicsCovered: ['eligibility_and_role', 'content_benefits_challenges'],
      },
      {
        tenantId,
        programmeId,
        audience: 'mentor',
        startsAt: at(14),
        place: demo.place,
        capacity: 20,
      },
      {
        tenantId,
        programmeId,
        audience: 'mentee',
        startsAt: at(16),
        place: demo.place,
        capacity: 12,
      },
    ])
    .returning();
  const consent = { consentAt: at(-35), consentTextVersion: 'intake-consent-2026-01' };
  const [mentorSession, menteeSession] = sessions;
  if (!mentorSession || !menteeSession) throw new Error('seed insert returned nothing');
  await tx.insert(infoSessionRegistrations).values([
    {
      tenantId,
      infoSessionId: mentorSession.id,
      name: demo.mentor[0],
      email: demo.mentor[1],
      locale: demo.locale,
      ...consent,
      attended: true,
      attendanceRecordedAt: at(-30),
      attendanceRecordedBy: coordinatorId,
    },
    {
      tenantId,
      infoSessionId: menteeSession.id,
      name: demo.mentee[0],
      email: demo.mentee[1],
      locale: demo.locale,
      ...consent,
      attended: true,
      attendanceRecordedAt: at(-28),
      attendanceRecordedBy: coordinatorId,
    },
  ]);
  const person = (role: 'mentor' | 'mentee', p: DemoIntake['mentor'], birthYear: number) => ({
    tenantId,
    programmeId,
    role,
    name: p[0],
    email: p[1],
    municipality: p[2],
    postcode: p[3],
    sector: p[4],
    goal: p[5],
    preferredLocale: demo.locale,
    availability: [
      { day: 'tue' as const, part: 'evening' as const },
      { day: 'sat' as const, part: 'morning' as const },
    ],
    languages: [demo.locale, 'en'],
    experienceYears: role === 'mentor' ? 25 : null,
    birthYear,
    interests: demo.locale === 'fr' ? ['cuisine', 'football'] : ['koken', 'voetbal'],
    channelId: channelFor(role),
    ...consent,
    submittedAt: at(-33),
  });
  const [mentor, mentee] = await tx
    .insert(applications)
    .values([
      person('mentor', demo.mentor, 1968),
      { ...person('mentee', demo.mentee, 1994), submissionCount: 2 },
    ])
    .returning();
  if (!mentor || !mentee) throw new Error('seed insert returned nothing');
  const held = person('mentee', demo.mentee, 1994);
  await tx.insert(applicationSubmissions).values({
    tenantId,
    applicationId: mentee.id,
    name: held.name,
    preferredLocale: held.preferredLocale,
    availability: held.availability,
    postcode: held.postcode,
    municipality: held.municipality,
    languages: held.languages,
    sector: held.sector,
    experienceYears: held.experienceYears,
    birthYear: held.birthYear,
    interests: held.interests,
    channelId: held.channelId,
    ...demo.resubmission,
    consentAt: at(-3),
    consentTextVersion: held.consentTextVersion,
    receivedAt: at(-3),
  });
  await tx.insert(interviews).values({
    tenantId,
    applicationId: mentor.id,
    interviewerUserId: coordinatorId,
    scheduledAt: at(-25),
    mode: 'in_person',
    completedAt: at(-25),
    committedPeriodMonths: 6,
    committedContactIntervalDays: 14,
    expectationsRealistic: true,
    expectationsNote: '',
    recordedBy: coordinatorId,
  });
  const [decision] = await tx
    .insert(decisions)
    .values({
      tenantId,
      applicationId: mentor.id,
      outcome: 'accepted',
      decidedAt: at(-24),
      decidedBy: coordinatorId,
    })
    .returning();
  if (!decision) throw new Error('seed insert returned nothing');
  await tx.insert(messageTemplates).values({
    tenantId,
    programmeId,
    kind: 'confirmation',
    locale: demo.locale,
    ...demo.confirmation,
  });
  await tx.insert(outboxMessages).values({
    tenantId,
    kind: 'confirmation',
    decisionId: decision.id,
    toAddress: mentor.email,
    subject: fill(demo.confirmation.subject, mentor.name),
    body: fill(demo.confirmation.body, mentor.name),
    locale: demo.locale,
    status: 'sent',
    createdAt: at(-24),
    sentAt: at(-23),
    sentBy: coordinatorId,
  });
  await seedTraining(tx, tenantId, programmeId, mentor.id, coordinatorId, demo);
  await seedDuoStart(
    tx,
    tenantId,
    programmeId,
    coordinatorId,
    { mentor: channelFor('mentor'), mentee: channelFor('mentee') },
    mentor.id,
    { locale: demo.locale, place: demo.place, ...demo.duoStart },
  );
  await seedPortal(
    tx,
    tenantId,
    programmeId,
    coordinatorId,
    { mentor: channelFor('mentor'), mentee: channelFor('mentee') },
    { locale: demo.locale, place: demo.place, ...demo.portal },
  );
  await seedDuoStages(
    tx,
    tenantId,
    programmeId,
    coordinatorId,
    { mentor: channelFor('mentor'), mentee: channelFor('mentee') },
    {
      locale: demo.locale,
      place: demo.place,
      agreementText: Object.values(demo.duoStart.template).join('\n\n'),
      ...demo.stages,
    },
  );
  await seedMatchingPool(
    tx,
    tenantId,
    programmeId,
    coordinatorId,
    { mentor: channelFor('mentor'), mentee: channelFor('mentee') },
    demo.locale === 'fr' ? LE_PONT_MATCHING_POOL : DE_BRUG_MATCHING_POOL,
  );
}

/**
 * Mentor training (A5): a curriculum of three modules covering the ten topics, a past
 * session (two modules) the accepted mentor attended and an upcoming one (the third module)
 * they are registered for, so the mentor shows in training with three topics missing.
 */
async function seedTraining(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  mentorApplicationId: string,
  coordinatorId: string,
  demo: DemoIntake,
) {
  const nl = demo.locale === 'nl';
  const modules = await tx
    .insert(trainingModules)
    .values([
      {
        tenantId,
        programmeId,
        name: nl ? 'Wat is mentoring?' : 'Qu’est-ce que le mentorat ?',
        description: nl ? 'Definitie, doelen en publiek.' : 'Définition, objectifs et public.',
        topics: ['definition', 'programme_goals', 'audience'],
      },
      {
        tenantId,
        programmeId,
        name: nl ? 'Kader en rol van de mentor' : 'Cadre et rôle du mentor',
        description: nl
          ? 'Methodologie, verplichtingen en houding.'
          : 'Méthodologie, obligations et attitude.',
        topics: [
          'framework_methodology',
          'obligations_expectations',
          'limits',
          'mentor_attitude_tasks',
        ],
      },
      {
        tenantId,
        programmeId,
        name: nl ? 'Ethiek, tools en fasen' : 'Éthique, outils et étapes',
        description: nl
          ? 'Veiligheid, tools en de fasen van de relatie.'
          : 'Sécurité, outils et étapes de la relation.',
        topics: ['ethics_safety', 'tools', 'relationship_stages'],
      },
    ])
    .returning();
  const [first, second, third] = modules;
  if (!first || !second || !third) throw new Error('seed insert returned nothing');
  const now = Date.now();
  const sessions = await tx
    .insert(trainingSessions)
    .values([
      {
        tenantId,
        programmeId,
        startsAt: new Date(now - 20 * DAY),
        place: demo.place,
        trainer: nl ? 'An Peeters' : 'Claire Dubois',
        topicsCovered: [...first.topics, ...second.topics],
      },
      {
        tenantId,
        programmeId,
        startsAt: new Date(now + 10 * DAY),
        onlineUrl: 'https://meet.example.org/training',
        trainer: nl ? 'An Peeters' : 'Claire Dubois',
        topicsCovered: [...third.topics],
      },
    ])
    .returning();
  const [held, upcoming] = sessions;
  if (!held || !upcoming) throw new Error('seed insert returned nothing');
  await tx.insert(trainingSessionModules).values([
    { tenantId, trainingSessionId: held.id, moduleId: first.id },
    { tenantId, trainingSessionId: held.id, moduleId: second.id },
    { tenantId, trainingSessionId: upcoming.id, moduleId: third.id },
  ]);
  await tx.insert(trainingAttendances).values([
    {
      tenantId,
      trainingSessionId: held.id,
      applicationId: mentorApplicationId,
      attended: true,
      attendanceRecordedAt: new Date(now - 20 * DAY),
      attendanceRecordedBy: coordinatorId,
    },
    { tenantId, trainingSessionId: upcoming.id, applicationId: mentorApplicationId },
  ]);
}

interface DemoReferrals {
  locale: 'nl' | 'fr';
  partnerUser: string;
  /** [name, e-mail, needs] of two people the partner referred. */
  people: [string, string, string][];
  /** Social map: [name, kind, address, website]; the first is the partner itself. */
  services: [string, (typeof socialMapServices.$inferInsert)['kind'], string, string][];
  /** A mentee refused as needing other support, referred on to the partner. */
  refused: [string, string, string];
  note: string;
  refusalSubject: string;
}

const DE_BRUG_REFERRALS: DemoReferrals = {
  locale: 'nl',
  partnerUser: 'partner@vdab.example',
  people: [
    ['Omar Haddou', 'omar.haddou@example.be', 'Zoekt werk in de logistiek; wil netwerk opbouwen.'],
    ['Lien Verstraete', 'lien.verstraete@example.be', 'Herintreder na zorgperiode.'],
  ],
  services: [
    ['VDAB Antwerpen', 'employment', 'Kerkstraat 91, 2060 Antwerpen', 'https://www.vdab.be'],
    [
      'Huis van het Nederlands Antwerpen',
      'language',
      'Carnotstraat 110, 2060 Antwerpen',
      'https://www.hvnantwerpen.be',
    ],
  ],
  refused: ['Pieter Claes', 'pieter.claes@example.be', 'Borgerhout'],
  note: 'Heeft eerst intensieve trajectbegeleiding nodig.',
  refusalSubject: 'Je aanmelding bij De Brug vzw',
};

const LE_PONT_REFERRALS: DemoReferrals = {
  locale: 'fr',
  partnerUser: 'partner@actiris.example',
  people: [
    ['Aïcha Benali', 'aicha.benali@example.be', 'Cherche un emploi dans la vente.'],
    ['Jonas Petit', 'jonas.petit@example.be', 'Reconversion après une formation en informatique.'],
  ],
  services: [
    [
      'Actiris',
      'employment',
      'Boulevard Anspach 65, 1000 Bruxelles',
      'https://www.actiris.brussels',
    ],
    [
      'CPAS de Schaerbeek',
      'social_support',
      'Boulevard Auguste Reyers 70, 1030 Schaerbeek',
      'https://www.cpas-schaerbeek.be',
    ],
  ],
  refused: ['Samir Ouali', 'samir.ouali@example.be', 'Schaerbeek'],
  note: 'A besoin d’abord d’un accompagnement socioprofessionnel.',
  refusalSubject: 'Votre candidature chez Le Pont asbl',
};

/**
 * Partner referrals (B1) and the social map with an onward referral (D4, B5): the partner is
 * linked, has referred two people (one in screening), is on the social map, and receives a
 * mentee refused as needing other support (half a year ago) in its inbox.
 */
async function seedReferrals(
  tx: Transaction,
  tenantId: string,
  programme: { id: string },
  partnerId: string,
  demo: DemoReferrals,
) {
  const programmeId = programme.id;
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  await tx.insert(partnerLinks).values({ tenantId, partnerId });
  const inserted = await tx
    .insert(referrals)
    .values(
      demo.people.map(([personName, personEmail, needs], i) => ({
        tenantId,
        programmeId,
        partnerId,
        via: 'web_form' as const,
        personName,
        personEmail,
        preferredLocale: demo.locale,
        needs,
        consentAt: at(-10 + i),
        consentTextVersion: 'intake-consent-2026-01',
        status: i === 0 ? ('in_screening' as const) : ('received' as const),
        statusChangedAt: at(-8 + i),
        submittedAt: at(-10 + i),
      })),
    )
    .returning();
  await tx
    .insert(referralStatusChanges)
    .values(
      inserted.flatMap((r) => [
        { tenantId, referralId: r.id, status: 'received' as const, changedAt: r.submittedAt },
        ...(r.status === 'in_screening'
          ? [{ tenantId, referralId: r.id, status: r.status, changedAt: r.statusChangedAt }]
          : []),
      ]),
    );
  const services = await tx
    .insert(socialMapServices)
    .values(
      demo.services.map(([name, kind, address, website], i) => ({
        tenantId,
        programmeId,
        name,
        kind,
        languages: [demo.locale, 'en'],
        address,
        website,
        partnerId: i === 0 ? partnerId : null,
      })),
    )
    .returning();
  const [service] = services;
  const [channel] = await tx
    .select()
    .from(recruitmentChannels)
    .where(eq(recruitmentChannels.tenantId, tenantId))
    .limit(1);
  if (!service || !channel) throw new Error('seed insert returned nothing');
  const [name, email, municipality] = demo.refused;
  const [application] = await tx
    .insert(applications)
    .values({
      tenantId,
      programmeId,
      role: 'mentee',
      name,
      email,
      preferredLocale: demo.locale,
      availability: [{ day: 'wed', part: 'afternoon' }],
      postcode: demo.locale === 'fr' ? '1030' : '2140',
      municipality,
      languages: [demo.locale],
      sector: demo.locale === 'fr' ? 'vente' : 'retail',
      goal: demo.locale === 'fr' ? 'Trouver un emploi.' : 'Werk vinden.',
      birthYear: 1989,
      channelId: channel.id,
      consentAt: at(-200),
      consentTextVersion: 'intake-consent-2026-01',
      submittedAt: at(-200),
    })
    .returning();
  if (!application) throw new Error('seed insert returned nothing');
  const [decision] = await tx
    .insert(decisions)
    .values({
      tenantId,
      applicationId: application.id,
      outcome: 'refused',
      refusalReason: 'needs_other_support',
      reasonText: demo.note,
      decidedAt: at(-190),
    })
    .returning();
  if (!decision) throw new Error('seed insert returned nothing');
  await tx.insert(outboxMessages).values({
    tenantId,
    kind: 'refusal',
    decisionId: decision.id,
    toAddress: email,
    subject: demo.refusalSubject,
    body: `${name},\n\n${demo.note}`,
    locale: demo.locale,
    status: 'sent',
    createdAt: at(-190),
    sentAt: at(-190),
  });
  await tx.insert(onwardReferrals).values({
    tenantId,
    applicationId: application.id,
    decisionId: decision.id,
    serviceId: service.id,
    partnerId: service.partnerId,
    personName: name,
    personEmail: email,
    preferredLocale: demo.locale,
    note: demo.note,
    sentAt: at(-190),
  });
}
