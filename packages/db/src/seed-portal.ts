import { matchValidations } from './schema/index.ts';
import { insertAcceptedPair, insertFirstMeeting, insertMatch } from './seed-duo-start.ts';
import type { Transaction } from './unit-of-work.ts';

const DAY = 86_400_000;

type Person = [name: string, email: string, municipality: string, postcode: string];

export interface DemoPortal {
  locale: 'nl' | 'fr';
  place: string;
  mentor: Person;
  mentee: Person;
  sector: string;
  /** The mentor has confirmed the match already (by phone, to staff); the mentee not yet. */
  mentorValidated: boolean;
}

/**
 * The participant portal (C4, C5): a match proposed to two accepted people whose first
 * meeting took place yesterday at the office with the coordinator, so that both can sign in
 * by link, confirm the match and accept the agreement. In one organisation neither has
 * answered yet; in the other the mentor confirmed and the mentee has still to. They applied
 * and were accepted two years ago, so this year's selection indicators do not move.
 */
export async function seedPortal(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  coordinatorId: string,
  channels: { mentor: string; mentee: string },
  demo: DemoPortal,
) {
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const person = (role: 'mentor' | 'mentee', p: Person, birthYear: number) => ({
    tenantId,
    programmeId,
    role,
    name: p[0],
    email: p[1],
    municipality: p[2],
    postcode: p[3],
    sector: demo.sector,
    goal: demo.locale === 'fr' ? 'Trouver un emploi stable.' : 'Vast werk vinden.',
    preferredLocale: demo.locale,
    availability: [{ day: 'thu' as const, part: 'afternoon' as const }],
    languages: [demo.locale],
    experienceYears: role === 'mentor' ? 20 : null,
    birthYear,
    channelId: channels[role],
    consentAt: at(-800),
    consentTextVersion: 'intake-consent-2026-01',
    submittedAt: at(-800),
  });
  const match = await insertMatch(
    tx,
    await insertAcceptedPair(
      tx,
      coordinatorId,
      at(-790),
      person('mentor', demo.mentor, 1972),
      person('mentee', demo.mentee, 1996),
    ),
    {
      score: 0.77,
      scoreBreakdown: [
        { criterion: 'availability', score: 1, weight: 3 },
        { criterion: 'language', score: 1, weight: 1 },
      ],
      commonGround: [
        { key: 'match.explain.common_language', params: { languages: [demo.locale] } },
        {
          key: 'match.explain.availability_overlap',
          params: { count: 1, slots: ['thu_afternoon'] },
        },
      ],
      decidedBy: coordinatorId,
      decidedAt: at(-10),
    },
  );
  await insertFirstMeeting(tx, match, coordinatorId, {
    startsAt: at(-1),
    place: demo.place,
    status: 'held',
  });
  if (demo.mentorValidated) {
    // The mentor rang the coordinator after the meeting; the mentee has yet to answer.
    await tx.insert(matchValidations).values({
      tenantId,
      matchId: match.id,
      role: 'mentor',
      answer: 'confirmed',
      channel: 'phone',
      answeredAt: at(-0.5),
      recordedBy: coordinatorId,
    });
  }
}
