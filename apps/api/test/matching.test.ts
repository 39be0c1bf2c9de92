import {
  applications,
  decisions,
  matches,
  trainingAttendances,
  trainingSessions,
  unitOfWork,
} from '@tandem/db';
import {
  type AvailabilitySlot,
  INTAKE_CONSENT_TEXT_VERSION,
  TRAINING_TOPIC_IDS,
} from '@tandem/domain';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Client, createHarness, withKey } from './harness.ts';

/** Matching over HTTP (C1, C2): settings, capacity, exclusions, the proposal and decisions. */
const h = await createHarness();
const coordinator = await h.signIn('coordinator@debrug.example');
const coach = await h.signIn('coach@debrug.example');
const lePontCoordinator = await h.signIn('coordinator@lepont.example');
const org = h.deBrug;

async function userId(client: Client) {
  const me = await client.auth.me.query();
  if (!me) throw new Error('not signed in');
  return me.user.id;
}
const coordinatorId = await userId(coordinator);

/** A programme of its own, so the demo pool does not mix in. */
async function newProgramme(name: string) {
  const programme = await coordinator.programme.create.mutate({
    organisationId: org,
    name,
    languages: ['nl', 'fr'],
  });
  const channel = await coordinator.recruitmentChannel.create.mutate({
    organisationId: org,
    programmeId: programme.id,
    kind: 'other',
    name: `Kanaal ${name}`,
    audience: 'both',
  });
  return { programmeId: programme.id, channelId: channel.id };
}

interface Person {
  name: string;
  role: 'mentor' | 'mentee';
  slots?: AvailabilitySlot[];
  postcode?: string;
  languages?: string[];
  sector?: string;
  goal?: string;
  interests?: string[];
  capacity?: number;
  trained?: boolean;
}

/** Accepted applicants written straight to the database, as intake leaves them. */
async function accepted(scope: { programmeId: string; channelId: string }, people: Person[]) {
  return unitOfWork(h.database.db, { tenantId: org, userId: null }, async (tx) => {
    const rows = await tx
      .insert(applications)
      .values(
        people.map((p) => ({
          tenantId: org,
          programmeId: scope.programmeId,
          role: p.role,
          email: `${p.name.toLowerCase().replaceAll(' ', '.')}@matching.test`,
          name: p.name,
          preferredLocale: p.languages?.[0] === 'fr' ? ('fr' as const) : ('nl' as const),
          availability: p.slots ?? [{ day: 'tue', part: 'evening' }],
          postcode: p.postcode ?? '1000',
          municipality: 'Brussel',
          languages: p.languages ?? ['nl'],
          sector: p.sector ?? 'logistiek',
          goal: p.goal ?? 'Werk vinden',
          birthYear: p.role === 'mentor' ? 1970 : 1995,
          interests: p.interests ?? [],
          experienceYears: p.role === 'mentor' ? 20 : null,
          channelId: scope.channelId,
          consentAt: new Date(),
          consentTextVersion: INTAKE_CONSENT_TEXT_VERSION,
          mentorCapacity: p.capacity ?? null,
        })),
      )
      .returning({ id: applications.id, name: applications.name });
    await tx.insert(decisions).values(
      rows.map((r) => ({
        tenantId: org,
        applicationId: r.id,
        outcome: 'accepted' as const,
        decidedBy: coordinatorId,
      })),
    );
    const trained = rows.filter((_, i) => people[i]?.trained === true);
    if (trained.length > 0) {
      const [session] = await tx
        .insert(trainingSessions)
        .values({
          tenantId: org,
          programmeId: scope.programmeId,
          startsAt: new Date(Date.now() - 86_400_000),
          place: 'Lokaal',
          trainer: 'Trainer',
          topicsCovered: [...TRAINING_TOPIC_IDS],
        })
        .returning();
      await tx.insert(trainingAttendances).values(
        trained.map((r) => ({
          tenantId: org,
          trainingSessionId: session?.id ?? '',
          applicationId: r.id,
          attended: true,
          attendanceRecordedAt: new Date(),
          attendanceRecordedBy: coordinatorId,
        })),
      );
    }
    return Object.fromEntries(rows.map((r) => [r.name, r.id])) as Record<string, string>;
  });
}

async function matchRows(programmeId: string) {
  return unitOfWork(h.database.db, { tenantId: org, userId: null }, (tx) =>
    tx
      .select()
      .from(matches)
      .where(and(eq(matches.tenantId, org), eq(matches.programmeId, programmeId))),
  );
}

describe('matching settings and capacity (C1)', () => {
  it('reads the defaults until saved, then the saved weights and constraints', async () => {
    const { programmeId } = await newProgramme('Instellingen');
    const scope = { organisationId: org, programmeId };
    expect(await coordinator.matching.settings.get.query(scope)).toMatchObject({
      saved: false,
      maxDistanceKm: 40,
      requireCompleteTraining: true,
      weights: { availability: 3, goal: 3 },
    });
    const saved = await coordinator.matching.settings.update.mutate({
      ...scope,
      weights: {
        availability: 5,
        location: 0,
        age: 0,
        sector: 4,
        goal: 2,
        language: 1,
        interests: 0,
      },
      maxDistanceKm: 25,
      distanceIsHardLimit: true,
      requireCompleteTraining: false,
      minScore: 0.3,
    });
    expect(saved).toMatchObject({ saved: true, maxDistanceKm: 25, distanceIsHardLimit: true });
    expect(await coordinator.matching.settings.get.query(scope)).toEqual(saved);
    await expect(
      coordinator.matching.settings.update.mutate({
        ...scope,
        weights: {
          availability: 0,
          location: 0,
          age: 0,
          sector: 0,
          goal: 0,
          language: 0,
          interests: 0,
        },
        maxDistanceKm: 25,
        distanceIsHardLimit: false,
        requireCompleteTraining: false,
        minScore: 0,
      }),
    ).rejects.toMatchObject({
      data: { fieldErrors: { weights: { key: 'matching.weights_all_zero' } } },
    });
  });

  it('keeps a hard maximum distance, measured between the postcodes’ areas', async () => {
    const scope = await newProgramme('Afstand');
    const programmeScope = { organisationId: org, programmeId: scope.programmeId };
    const ids = await accepted(scope, [
      { name: 'Gent Mentor', role: 'mentor', postcode: '9000', trained: true },
      { name: 'Antwerpen Mentee', role: 'mentee', postcode: '2018' },
    ]);
    const explained = await coordinator.matching.proposal.get.query(programmeScope);
    expect(explained.pairs[0]?.explanation.parts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'match.explain.distance', params: { km: 51 } }),
      ]),
    );
    await coordinator.matching.settings.update.mutate({
      ...programmeScope,
      weights: {
        availability: 3,
        location: 2,
        age: 0,
        sector: 2,
        goal: 3,
        language: 3,
        interests: 1,
      },
      maxDistanceKm: 30,
      distanceIsHardLimit: true,
      requireCompleteTraining: true,
      minScore: 0,
    });
    const limited = await coordinator.matching.proposal.get.query(programmeScope);
    expect(limited.pairs).toEqual([]);
    expect(limited.unmatched).toEqual([
      expect.objectContaining({
        menteeId: ids['Antwerpen Mentee'],
        reasons: expect.arrayContaining([
          expect.objectContaining({ key: 'matching.unmatched.beyond_max_distance' }),
        ]),
      }),
    ]);
  });

  it('sets a mentor’s capacity, and refuses it for a mentee', async () => {
    const scope = await newProgramme('Capaciteit');
    const ids = await accepted(scope, [
      { name: 'Cap Mentor', role: 'mentor' },
      { name: 'Cap Mentee', role: 'mentee' },
    ]);
    await coordinator.matching.capacity.set.mutate({
      organisationId: org,
      applicationId: ids['Cap Mentor'] ?? '',
      capacity: 3,
    });
    const list = await coordinator.matching.capacity.list.query({
      organisationId: org,
      programmeId: scope.programmeId,
    });
    expect(list).toEqual([
      expect.objectContaining({ name: 'Cap Mentor', capacity: 3, openMatches: 0 }),
    ]);
    await expect(
      coordinator.matching.capacity.set.mutate({
        organisationId: org,
        applicationId: ids['Cap Mentee'] ?? '',
        capacity: 2,
      }),
    ).rejects.toEqual(withKey('not_found'));
  });
});

describe('cohort proposal (C1, C2)', async () => {
  const scope = await newProgramme('Voorstel');
  const programmeScope = { organisationId: org, programmeId: scope.programmeId };
  const ids = await accepted(scope, [
    {
      name: 'Anna Mentor',
      role: 'mentor',
      languages: ['fr', 'nl'],
      sector: 'Zorg',
      slots: [{ day: 'tue', part: 'evening' }],
      postcode: '1050',
      trained: true,
    },
    {
      name: 'Bart Mentor',
      role: 'mentor',
      languages: ['nl'],
      sector: 'logistiek',
      postcode: '2000',
      trained: true,
    },
    { name: 'Carl Mentor', role: 'mentor', languages: ['nl'], sector: 'zorg', trained: false },
    {
      name: 'Dina Mentee',
      role: 'mentee',
      languages: ['fr'],
      sector: 'zorg ',
      postcode: '1030',
    },
    {
      name: 'Emre Mentee',
      role: 'mentee',
      languages: ['nl'],
      sector: 'Logistiek',
      postcode: '2018',
    },
    { name: 'Fien Mentee', role: 'mentee', languages: ['tr'] },
  ]);
  const id = (name: string) => ids[name] ?? '';

  it('proposes the best pairs, explained, with runner-ups and the unmatched with why; writes nothing', async () => {
    const proposal = await coordinator.matching.proposal.get.query(programmeScope);
    expect(await matchRows(scope.programmeId)).toEqual([]);
    const pairs = proposal.pairs.map((p) => [p.explanation.mentorId, p.explanation.menteeId]);
    expect(pairs).toEqual([
      [id('Anna Mentor'), id('Dina Mentee')],
      [id('Bart Mentor'), id('Emre Mentee')],
    ]);
    const anna = proposal.pairs[0]?.explanation;
    expect(anna?.parts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: 'match.explain.preferred_language',
          params: { language: 'fr' },
        }),
        // Ixelles and Schaerbeek: their communes' centres are about 4 km apart.
        expect.objectContaining({ key: 'match.explain.distance', params: { km: 4 } }),
        expect.objectContaining({
          key: 'match.explain.availability_overlap',
          params: { count: 1, slots: ['tue_evening'] },
        }),
        expect.objectContaining({
          key: 'match.explain.sector_overlap',
          params: { sectors: ['zorg'] },
        }),
      ]),
    );
    // Carl's training is incomplete: never proposed, not even as a runner-up.
    expect(proposal.pairs[1]?.alternatives.map((a) => a.mentorId)).toEqual([id('Anna Mentor')]);
    expect(proposal.mentors.find((m) => m.id === id('Carl Mentor'))).toMatchObject({
      trainingComplete: false,
    });
    expect(proposal.unmatched).toEqual([
      {
        menteeId: id('Fien Mentee'),
        alternatives: [],
        reasons: expect.arrayContaining([
          { key: 'matching.unmatched.no_common_language', params: { mentors: 3 } },
          { key: 'matching.unmatched.mentor_training_incomplete', params: { mentors: 1 } },
        ]),
      },
    ]);
  });

  it('lets a coach see nothing of it, and another organisation not find the programme', async () => {
    await expect(coach.matching.proposal.get.query(programmeScope)).rejects.toEqual(
      withKey('forbidden'),
    );
    await expect(
      coach.matching.proposal.decide.mutate({
        ...programmeScope,
        pairs: [{ mentorApplicationId: id('Anna Mentor'), menteeApplicationId: id('Dina Mentee') }],
      }),
    ).rejects.toEqual(withKey('forbidden'));
    await expect(
      lePontCoordinator.matching.proposal.get.query({
        organisationId: h.lePont,
        programmeId: scope.programmeId,
      }),
    ).rejects.toEqual(withKey('not_found'));
    await expect(
      lePontCoordinator.matching.settings.get.query({
        organisationId: org,
        programmeId: scope.programmeId,
      }),
    ).rejects.toEqual(withKey('not_found'));
  });

  it('refuses an excluded swap with a clear message, and writes nothing', async () => {
    await expect(
      coordinator.matching.proposal.decide.mutate({
        ...programmeScope,
        pairs: [{ mentorApplicationId: id('Carl Mentor'), menteeApplicationId: id('Emre Mentee') }],
      }),
    ).rejects.toEqual(withKey('matching.pair_excluded'));
    await expect(
      coordinator.matching.proposal.decide.mutate({
        ...programmeScope,
        pairs: [{ mentorApplicationId: id('Dina Mentee'), menteeApplicationId: id('Emre Mentee') }],
      }),
    ).rejects.toEqual(withKey('matching.not_in_pool'));
    expect(await matchRows(scope.programmeId)).toEqual([]);
  });

  it('decides a proposed pair and a swapped one, recording who and when, once only', async () => {
    const decided = await coordinator.matching.proposal.decide
      .mutate({
        ...programmeScope,
        pairs: [
          { mentorApplicationId: id('Anna Mentor'), menteeApplicationId: id('Dina Mentee') },
          { mentorApplicationId: id('Anna Mentor'), menteeApplicationId: id('Emre Mentee') },
        ],
      })
      .catch((error: unknown) => error);
    // Anna takes one duo at a time: a swap over her capacity is refused as a whole.
    expect(decided).toEqual(withKey('matching.mentor_full'));

    const [match] = await coordinator.matching.proposal.decide.mutate({
      ...programmeScope,
      pairs: [{ mentorApplicationId: id('Bart Mentor'), menteeApplicationId: id('Emre Mentee') }],
    });
    const [row] = await matchRows(scope.programmeId);
    expect(row).toMatchObject({
      id: match?.id,
      status: 'proposed',
      decidedBy: coordinatorId,
      introduction: {
        mentorFirstName: 'Bart',
        menteeFirstName: 'Emre',
        commonGround: expect.arrayContaining([
          { key: 'match.explain.sector_overlap', params: { sectors: ['logistiek'] } },
        ]),
      },
    });
    expect(row?.score).toBeGreaterThan(0.5);
    expect(row?.scoreBreakdown?.map((p) => p.criterion)).toEqual([
      'availability',
      'location',
      'age',
      'sector',
      'goal',
      'language',
      'interests',
    ]);

    await expect(
      coordinator.matching.proposal.decide.mutate({
        ...programmeScope,
        pairs: [{ mentorApplicationId: id('Anna Mentor'), menteeApplicationId: id('Emre Mentee') }],
      }),
    ).rejects.toEqual(withKey('matching.mentee_already_matched'));

    const proposal = await coordinator.matching.proposal.get.query(programmeScope);
    expect(proposal.mentees.map((m) => m?.id)).not.toContain(id('Emre Mentee'));
    expect(proposal.mentors.find((m) => m.id === id('Bart Mentor'))).toMatchObject({
      openSlots: 0,
    });
    const open = await coordinator.matching.match.list.query(programmeScope);
    expect(open).toEqual([
      expect.objectContaining({ id: match?.id, mentorName: 'Bart Mentor', status: 'proposed' }),
    ]);

    // Cancelled: both are back in the pool, with the reason kept.
    expect(
      await coordinator.matching.match.cancel.mutate({
        organisationId: org,
        matchId: match?.id ?? '',
        reason: 'Emre verhuist.',
      }),
    ).toEqual({ id: match?.id, status: 'cancelled', firstMeetingsCalledOff: 0 });
    const [cancelled] = await matchRows(scope.programmeId);
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      closedBy: coordinatorId,
      closeReason: 'Emre verhuist.',
    });
    await expect(
      coordinator.matching.match.cancel.mutate({
        organisationId: org,
        matchId: match?.id ?? '',
        reason: 'Nog eens.',
      }),
    ).rejects.toEqual(withKey('matching.match_not_open'));
    const again = await coordinator.matching.proposal.get.query(programmeScope);
    expect(again.mentees.map((m) => m?.id)).toContain(id('Emre Mentee'));
  });

  it('rejects a pair as an exclusion with its reason: never proposed again until lifted', async () => {
    const exclusion = await coordinator.matching.exclusion.add.mutate({
      ...programmeScope,
      mentorApplicationId: id('Anna Mentor'),
      menteeApplicationId: id('Dina Mentee'),
      reason: 'Ze kennen elkaar.',
    });
    const proposal = await coordinator.matching.proposal.get.query(programmeScope);
    expect(proposal.pairs.some((p) => p.explanation.menteeId === id('Dina Mentee'))).toBe(false);
    expect(proposal.unmatched.find((u) => u.menteeId === id('Dina Mentee'))?.reasons).toEqual(
      expect.arrayContaining([
        { key: 'matching.unmatched.recorded_exclusion', params: { mentors: 1 } },
      ]),
    );
    expect(await coordinator.matching.exclusion.list.query(programmeScope)).toEqual([
      expect.objectContaining({
        id: exclusion.id,
        mentorName: 'Anna Mentor',
        reason: 'Ze kennen elkaar.',
      }),
    ]);
    await expect(
      coordinator.matching.proposal.decide.mutate({
        ...programmeScope,
        pairs: [{ mentorApplicationId: id('Anna Mentor'), menteeApplicationId: id('Dina Mentee') }],
      }),
    ).rejects.toEqual(withKey('matching.pair_excluded'));
    await expect(
      coach.matching.exclusion.remove.mutate({ organisationId: org, exclusionId: exclusion.id }),
    ).rejects.toEqual(withKey('forbidden'));
    await coordinator.matching.exclusion.remove.mutate({
      organisationId: org,
      exclusionId: exclusion.id,
    });
    expect(await coordinator.matching.exclusion.list.query(programmeScope)).toEqual([]);
  });

  it('gives one of two simultaneous decisions for a mentee, and the other a conflict', async () => {
    const results = await Promise.allSettled([
      coordinator.matching.proposal.decide.mutate({
        ...programmeScope,
        pairs: [{ mentorApplicationId: id('Anna Mentor'), menteeApplicationId: id('Emre Mentee') }],
      }),
      coordinator.matching.proposal.decide.mutate({
        ...programmeScope,
        pairs: [{ mentorApplicationId: id('Bart Mentor'), menteeApplicationId: id('Emre Mentee') }],
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === 'rejected');
    expect(refused?.reason).toEqual(withKey('matching.mentee_already_matched'));
    const open = (await matchRows(scope.programmeId)).filter((m) => m.status === 'proposed');
    expect(open).toHaveLength(1);
  });
});
