import { createHash } from 'node:crypto';
import { DEFAULT_MATCHING_SETTINGS } from '@tandem/domain';
import {
  agreementAcceptances,
  agreements,
  agreementTemplates,
  duos,
  matchingExclusions,
  matchingSettings,
  matchValidations,
  participantAccounts,
  users,
} from './schema/index.ts';
import { insertAcceptedPair, insertFirstMeeting, insertMatch } from './seed-duo-start.ts';
import type { Transaction } from './unit-of-work.ts';

const DAY = 86_400_000;

export interface DemoDuoStart {
  locale: 'nl' | 'fr';
  place: string;
  /** [name, e-mail, municipality, postcode, sector, goal] of a mentor and a mentee. */
  mentor: [string, string, string, string, string, string];
  mentee: [string, string, string, string, string, string];
  template: { ethicalCharter: string; confidentiality: string; whenDifficult: string };
}

/**
 * Matching and the start of the duo (C1–C5): the programme's matching settings, a pair ruled
 * out, and one duo that went the whole way two years ago — decided by the coordinator, met
 * at the office with them, validated by both, agreement accepted by both — so every table
 * of the duo's start holds a row per organisation without moving this year's indicators.
 */
export async function seedDuoStart(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  coordinatorId: string,
  channels: { mentor: string; mentee: string },
  excludedMentorId: string,
  demo: DemoDuoStart,
) {
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  const person = (role: 'mentor' | 'mentee', p: DemoDuoStart['mentor'], birthYear: number) => ({
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
    availability: [{ day: 'wed' as const, part: 'evening' as const }],
    languages: [demo.locale],
    experienceYears: role === 'mentor' ? 15 : null,
    birthYear,
    channelId: channels[role],
    consentAt: at(-800),
    consentTextVersion: 'intake-consent-2024-01',
    submittedAt: at(-800),
    mentorCapacity: role === 'mentor' ? 2 : null,
  });
  const [mentor, mentee] = await insertAcceptedPair(
    tx,
    coordinatorId,
    at(-790),
    person('mentor', demo.mentor, 1975),
    person('mentee', demo.mentee, 1990),
  );
  const portalUsers = await tx
    .insert(users)
    .values([mentor, mentee].map((a) => ({ email: a.email, name: a.name, locale: demo.locale })))
    .returning({ id: users.id });
  await tx.insert(participantAccounts).values(
    [mentor, mentee].map((a, i) => ({
      tenantId,
      applicationId: a.id,
      userId: portalUsers[i]?.id ?? '',
    })),
  );

  await tx.insert(matchingSettings).values({
    tenantId,
    programmeId,
    weights: DEFAULT_MATCHING_SETTINGS.weights,
    maxDistanceKm: DEFAULT_MATCHING_SETTINGS.maxDistanceKm,
    updatedBy: coordinatorId,
  });
  await tx.insert(matchingExclusions).values({
    tenantId,
    programmeId,
    mentorApplicationId: excludedMentorId,
    menteeApplicationId: mentee.id,
    reason: demo.locale === 'fr' ? 'Ils sont voisins.' : 'Ze zijn buren.',
    createdBy: coordinatorId,
  });

  const match = await insertMatch(tx, [mentor, mentee], {
    status: 'started',
    score: 0.82,
    scoreBreakdown: [
      { criterion: 'availability', score: 1, weight: 3 },
      { criterion: 'language', score: 1, weight: 1 },
      { criterion: 'sector', score: 0.5, weight: 2 },
    ],
    commonGround: [{ key: 'match.availability.shared', params: { slots: ['wed_evening'] } }],
    decidedBy: coordinatorId,
    decidedAt: at(-780),
  });
  await insertFirstMeeting(tx, match, coordinatorId, {
    startsAt: at(-775),
    place: demo.place,
    status: 'held',
  });
  await tx.insert(matchValidations).values(
    (['mentor', 'mentee'] as const).map((role, i) => ({
      tenantId,
      matchId: match.id,
      role,
      answer: 'confirmed' as const,
      channel: 'portal' as const,
      answeredAt: at(-774),
      recordedBy: portalUsers[i]?.id ?? '',
    })),
  );
  await tx
    .insert(agreementTemplates)
    .values([{ tenantId, programmeId, locale: demo.locale, ...demo.template }]);
  const text = [
    demo.template.ethicalCharter,
    demo.template.confidentiality,
    demo.template.whenDifficult,
  ].join('\n\n');
  const [agreement] = await tx
    .insert(agreements)
    .values({
      tenantId,
      matchId: match.id,
      version: 1,
      texts: { nl: text, fr: text, en: text },
      durationMonths: 6,
      contactIntervalDays: 14,
      issuedAt: at(-774),
      issuedBy: coordinatorId,
    })
    .returning();
  if (!agreement) throw new Error('seed insert returned nothing');
  await tx.insert(agreementAcceptances).values(
    (['mentor', 'mentee'] as const).map((role, i) => ({
      tenantId,
      agreementId: agreement.id,
      role,
      locale: demo.locale,
      textSha256: createHash('sha256').update(text).digest('hex'),
      acceptedAt: at(-773),
      acceptedBy: portalUsers[i]?.id ?? '',
    })),
  );
  await tx.insert(duos).values({
    tenantId,
    programmeId,
    matchId: match.id,
    mentorApplicationId: mentor.id,
    menteeApplicationId: mentee.id,
    startDate: day(-773),
    plannedEndDate: day(-590),
  });
}
