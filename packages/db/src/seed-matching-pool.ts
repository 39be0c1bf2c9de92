import { TRAINING_TOPIC_IDS } from '@tandem/domain';
import {
  applications,
  decisions,
  interviews,
  trainingAttendances,
  trainingSessions,
} from './schema/index.ts';
import type { AvailabilitySlotRow } from './schema/intake.ts';
import type { Transaction } from './unit-of-work.ts';

const DAY = 86_400_000;

/** [name, postcode, municipality, sector, languages, availability, trained (mentors)] */
type PoolPerson = [string, string, string, string, string[], string[], boolean?];

export interface DemoMatchingPool {
  locale: 'nl' | 'fr';
  goal: string;
  place: string;
  mentors: PoolPerson[];
  mentees: PoolPerson[];
}

const slots = (codes: string[]): AvailabilitySlotRow[] =>
  codes.map((code) => {
    const [day, part] = code.split('_') as [
      AvailabilitySlotRow['day'],
      AvailabilitySlotRow['part'],
    ];
    return { day, part };
  });

/**
 * Mentors and mentees ready to match (C1, C2): accepted at the end of last year after a
 * complete interview, with varied availability, languages, sectors and provinces. Most
 * mentors attended a training session covering the ten topics; the untrained ones show the
 * "training incomplete" constraint. Their duos, once decided, start this year.
 */
export async function seedMatchingPool(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  coordinatorId: string,
  channels: { mentor: string; mentee: string },
  demo: DemoMatchingPool,
) {
  // Days before 1 January: last year's intake, so this year's intake indicators (the demo's
  // one mentor and one mentee, which the quality pages explain) stay as they are.
  const yearStart = Date.UTC(new Date().getUTCFullYear(), 0, 1);
  const at = (days: number) => new Date(yearStart - days * DAY);
  const email = (name: string) =>
    `${name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replaceAll(' ', '.')}@pool.example`;
  const rows = await tx
    .insert(applications)
    .values(
      (['mentor', 'mentee'] as const).flatMap((role) =>
        (role === 'mentor' ? demo.mentors : demo.mentees).map(
          ([name, postcode, municipality, sector, languages, availability], i) => ({
            tenantId,
            programmeId,
            role,
            email: email(name),
            name,
            preferredLocale: demo.locale,
            availability: slots(availability),
            postcode,
            municipality,
            languages,
            sector,
            experienceYears: role === 'mentor' ? 10 + i * 3 : null,
            goal: demo.goal,
            birthYear: role === 'mentor' ? 1962 + i * 4 : 1988 + i * 2,
            interests: [],
            channelId: channels[role],
            consentAt: at(50),
            consentTextVersion: 'intake-consent-2026-01',
            submittedAt: at(50),
            mentorCapacity: role === 'mentor' && i === 0 ? 2 : null,
          }),
        ),
      ),
    )
    .returning({ id: applications.id, role: applications.role, name: applications.name });
  await tx.insert(interviews).values(
    rows.map((row) => ({
      tenantId,
      applicationId: row.id,
      interviewerUserId: coordinatorId,
      scheduledAt: at(45),
      mode: 'in_person' as const,
      completedAt: at(45),
      committedPeriodMonths: 6,
      committedContactIntervalDays: 14,
      expectationsRealistic: true,
      recordedBy: coordinatorId,
    })),
  );
  await tx.insert(decisions).values(
    rows.map((row) => ({
      tenantId,
      applicationId: row.id,
      outcome: 'accepted' as const,
      decidedAt: at(40),
      decidedBy: coordinatorId,
    })),
  );
  const trained = new Set(demo.mentors.filter((m) => m[6] === true).map((m) => m[0]));
  const [session] = await tx
    .insert(trainingSessions)
    .values({
      tenantId,
      programmeId,
      startsAt: at(20),
      place: demo.place,
      trainer: demo.locale === 'fr' ? 'Équipe de coordination' : 'Coördinatieteam',
      topicsCovered: [...TRAINING_TOPIC_IDS],
    })
    .returning({ id: trainingSessions.id });
  if (!session) throw new Error('seed insert returned nothing');
  await tx.insert(trainingAttendances).values(
    rows
      .filter((row) => row.role === 'mentor')
      .map((row) => ({
        tenantId,
        trainingSessionId: session.id,
        applicationId: row.id,
        attended: trained.has(row.name),
        registeredAt: at(30),
        attendanceRecordedAt: at(20),
        attendanceRecordedBy: coordinatorId,
      })),
  );
}

export const DE_BRUG_MATCHING_POOL: DemoMatchingPool = {
  locale: 'nl',
  place: 'Bibliotheek Permeke, De Coninckplein 25, Antwerpen',
  goal: 'Werk vinden',
  mentors: [
    [
      'Griet Vanderhaegen',
      '2018',
      'Antwerpen',
      'logistiek',
      ['nl', 'en'],
      ['tue_evening', 'thu_evening'],
      true,
    ],
    [
      'Joris Bosschaert',
      '2600',
      'Berchem',
      'zorg',
      ['nl', 'fr'],
      ['mon_morning', 'wed_afternoon'],
      true,
    ],
    ['Lotte Wuyts', '9000', 'Gent', 'IT', ['nl', 'en'], ['tue_evening', 'sat_morning'], true],
    ['Pieter Claeys', '2800', 'Mechelen', 'bouw', ['nl'], ['thu_evening'], false],
    ['Hilde Baert', '2000', 'Antwerpen', 'detailhandel', ['nl', 'fr'], ['wed_evening'], true],
    ['Koen Goossens', '3000', 'Leuven', 'onderwijs', ['nl', 'en'], ['sat_morning'], false],
  ],
  mentees: [
    ['Samira Tahiri', '2060', 'Antwerpen', 'zorg', ['nl', 'ar'], ['mon_morning', 'wed_afternoon']],
    ['Yusuf Yilmaz', '2100', 'Deurne', 'logistiek', ['nl', 'tr'], ['tue_evening']],
    ['Amina Bakari', '9000', 'Gent', 'IT', ['nl', 'en'], ['sat_morning']],
    ['Tomasz Novak', '2800', 'Mechelen', 'bouw', ['pl', 'nl'], ['thu_evening']],
    ['Reza Rahimi', '2000', 'Antwerpen', 'detailhandel', ['nl', 'fa'], ['wed_evening']],
    ['Ana Ferreira', '2018', 'Antwerpen', 'horeca', ['pt', 'fr'], ['wed_evening']],
  ],
};

export const LE_PONT_MATCHING_POOL: DemoMatchingPool = {
  locale: 'fr',
  place: 'Bibliothèque communale, Rue des Riches Claires 24, Bruxelles',
  goal: 'Trouver un emploi',
  mentors: [
    [
      'Claire Dujardin',
      '1050',
      'Ixelles',
      'santé',
      ['fr', 'nl'],
      ['mon_morning', 'wed_afternoon'],
      true,
    ],
    ['Marc Lambotte', '1000', 'Bruxelles', 'logistique', ['fr'], ['tue_evening'], true],
    [
      'Nathalie Marchal',
      '1348',
      'Louvain-la-Neuve',
      'informatique',
      ['fr', 'en'],
      ['sat_morning'],
      true,
    ],
    ['Olivier Gilson', '1070', 'Anderlecht', 'construction', ['fr'], ['thu_evening'], false],
    ['Isabelle Renard', '4000', 'Liège', 'commerce', ['fr', 'nl'], ['wed_evening'], true],
    [
      'Benoît Collignon',
      '1030',
      'Schaerbeek',
      'enseignement',
      ['fr', 'en'],
      ['sat_morning'],
      false,
    ],
  ],
  mentees: [
    ['Youssef Lahlou', '1080', 'Molenbeek-Saint-Jean', 'santé', ['fr', 'ar'], ['mon_morning']],
    ['Elena Popescu', '1060', 'Saint-Gilles', 'logistique', ['fr', 'ro'], ['tue_evening']],
    ['Thandiwe Mbeki', '1348', 'Louvain-la-Neuve', 'informatique', ['en', 'fr'], ['sat_morning']],
    ['Andrei Kovacs', '1070', 'Anderlecht', 'construction', ['fr', 'hu'], ['thu_evening']],
    ['Ibrahim Nkosi', '4020', 'Liège', 'commerce', ['fr', 'en'], ['wed_evening']],
    ['Mariana Souto', '1190', 'Forest', 'horeca', ['pt', 'es'], ['wed_evening']],
  ],
};
