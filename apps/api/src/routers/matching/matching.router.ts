import {
  applications,
  decisions,
  type MatchIntroduction,
  matches,
  matchingExclusions,
  matchingSettings,
  type Transaction,
  users,
} from '@tandem/db';
import {
  type CohortErrorCode,
  EXCLUDED,
  type ExclusionReason,
  explainPair,
  explainPairAt,
  MATCHING_CRITERIA,
  type MatchingPool,
  type PairExplanation,
  proposeCohort,
  type StoredScorePart,
  scorePairAt,
  suggestMentors,
} from '@tandem/domain';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { callOffPlannedFirstMeetings } from '../../duos/first-meeting-notices.ts';
import { AppError, type AppErrorKey } from '../../errors.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  decisionOfApplication,
  inPool,
  type LoadedPool,
  loadMatchingPool,
  programmeMatchingSettings,
} from './matching.queries.ts';
import {
  AddExclusionInput,
  CancelMatchInput,
  DecideInput,
  GetMatchingSettingsInput,
  GetProposalInput,
  ListExclusionsInput,
  ListMatchesInput,
  ListMentorCapacitiesInput,
  RemoveExclusionInput,
  SetMentorCapacityInput,
  UpdateMatchingSettingsInput,
} from './matching.schema.ts';

/** Runner-ups shown per mentee beside the proposed mentor. */
const ALTERNATIVES = 3;
/** A part that scored at least this is common ground the introduction names. */
const COMMON_GROUND_SCORE = 0.5;

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** Why a mentee stays unmatched: what ruled out each mentor, counted, or the threshold. */
function unmatchedReasons(pool: MatchingPool, menteeIndex: number, minScore: number) {
  const parts = new Float64Array(MATCHING_CRITERIA.length);
  const counts = new Map<string, { key: ExclusionReason['key']; mentors: number }>();
  let allowed = 0;
  let aboveThreshold = 0;
  for (let i = 0; i < pool.mentors.length; i++) {
    const score = scorePairAt(pool, i, menteeIndex, parts);
    if (score !== EXCLUDED) {
      allowed++;
      if (score > 0 && score >= minScore) aboveThreshold++;
      continue;
    }
    for (const exclusion of explainPairAt(pool, i, menteeIndex).exclusions) {
      const entry = counts.get(exclusion.key) ?? { key: exclusion.key, mentors: 0 };
      entry.mentors++;
      counts.set(exclusion.key, entry);
    }
  }
  const reasons: { key: string; params: Record<string, number> }[] = [];
  if (pool.mentors.length === 0) reasons.push({ key: 'matching.unmatched.no_mentors', params: {} });
  else if (aboveThreshold > 0)
    reasons.push({ key: 'matching.unmatched.mentors_taken', params: { mentors: aboveThreshold } });
  else if (allowed > 0)
    reasons.push({ key: 'matching.unmatched.below_min_score', params: { mentors: allowed } });
  // `match.excluded.no_common_language` → `matching.unmatched.no_common_language`: counted.
  for (const { key, mentors } of counts.values())
    reasons.push({
      key: key.replace('match.excluded.', 'matching.unmatched.'),
      params: { mentors },
    });
  return reasons;
}

/**
 * The engine's proposal for a loaded pool, each pair explained, the runner-ups per mentee
 * and who stays unmatched and why. Pure computation: the benchmark times it on its own.
 */
export function cohortProposal(loaded: LoadedPool) {
  const { pool, settings } = loaded;
  const result = proposeCohort(pool, { minScore: settings.minScore, locks: [] });
  if (!result.ok) throw new AppError('internal');
  const alternativesFor = (menteeId: string, except: string | null) =>
    suggestMentors(pool, menteeId, ALTERNATIVES + 1)
      .filter((s) => s.mentorId !== except)
      .slice(0, ALTERNATIVES)
      .map((s) => s.explanation);
  const pairs = result.proposal.pairs.map((pair) => ({
    explanation: explainPair(pool, pair.mentorId, pair.menteeId),
    alternatives: alternativesFor(pair.menteeId, pair.mentorId),
  }));
  const unmatched = result.proposal.unmatchedMenteeIds.map((menteeId) => ({
    menteeId,
    reasons: unmatchedReasons(pool, pool.menteeIndex.get(menteeId) ?? 0, settings.minScore),
    alternatives: alternativesFor(menteeId, null),
  }));
  const person = (id: string) => loaded.people.get(id);
  return {
    settings,
    mentors: pool.mentors.map((m, i) => ({
      ...person(m.id),
      openSlots: pool.mentorOpenSlots[i] ?? 0,
    })),
    mentees: pool.mentees.map((m) => person(m.id)),
    pairs,
    unmatched,
    totalScore: result.proposal.totalScore,
  };
}

const storedParts = (explanation: PairExplanation): StoredScorePart[] =>
  explanation.parts.map(({ criterion, score, weight }) => ({ criterion, score, weight }));

function introduction(loaded: LoadedPool, explanation: PairExplanation): MatchIntroduction {
  const name = (id: string) => firstName(loaded.people.get(id)?.name ?? '');
  return {
    mentorFirstName: name(explanation.mentorId),
    menteeFirstName: name(explanation.menteeId),
    commonGround: explanation.parts
      .filter((part) => part.score !== null && part.score >= COMMON_GROUND_SCORE)
      .map((part) => ({
        key: part.key,
        params: Object.fromEntries(
          Object.entries(part.params).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
        ) as MatchIntroduction['commonGround'][number]['params'],
      })),
  };
}

const LOCK_ERRORS: Record<CohortErrorCode, AppErrorKey> = {
  'cohort.min_score_invalid': 'validation.invalid_input',
  'cohort.lock_unknown_mentor': 'matching.not_in_pool',
  'cohort.lock_unknown_mentee': 'matching.not_in_pool',
  'cohort.lock_duplicate_mentee': 'matching.mentee_twice',
  'cohort.lock_excluded': 'matching.pair_excluded',
  'cohort.lock_over_capacity': 'matching.mentor_full',
};

/** Applications of the programme in the given role, or "not in this pool". */
async function requireApplicants(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  role: 'mentor' | 'mentee',
  ids: readonly string[],
) {
  const unique = [...new Set(ids)];
  const query = tx
    .select({ id: applications.id })
    .from(applications)
    .innerJoin(decisions, decisionOfApplication)
    .where(and(inPool(tenantId, programmeId, role), inArray(applications.id, unique)))
    .orderBy(asc(applications.id));
  // Two staff deciding for the same mentor at once are served one after the other, so the
  // mentor's capacity holds. A mentee's single open proposal is the database's unique index.
  const rows = role === 'mentor' ? await query.for('update', { of: applications }) : await query;
  if (rows.length !== unique.length) throw new AppError('matching.not_in_pool');
}

const settingsRouter = router({
  get: organisationProcedure('intake.read')
    .input(GetMatchingSettingsInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      return programmeMatchingSettings(ctx.tx, ctx.organisationId, input.programmeId);
    }),

  update: organisationProcedure('matching.manage')
    .input(UpdateMatchingSettingsInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      await requireProgramme(ctx.tx, tenantId, input.programmeId);
      const values = {
        weights: input.weights,
        maxDistanceKm: input.maxDistanceKm,
        distanceIsHardLimit: input.distanceIsHardLimit,
        requireCompleteTraining: input.requireCompleteTraining,
        minScore: input.minScore,
        updatedAt: sql`now()`,
        updatedBy: ctx.user.id,
      };
      await ctx.tx
        .insert(matchingSettings)
        .values({ tenantId, programmeId: input.programmeId, ...values })
        .onConflictDoUpdate({
          target: [matchingSettings.tenantId, matchingSettings.programmeId],
          set: values,
        });
      return programmeMatchingSettings(ctx.tx, tenantId, input.programmeId);
    }),
});

/** How many duos each accepted mentor takes at once, beside their open matches and training. */
const capacityRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListMentorCapacitiesInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const loaded = await loadMatchingPool(ctx.tx, ctx.organisationId, input.programmeId, {
        menteeIds: [],
      });
      return [...loaded.people.values()].filter((p) => p.capacity !== undefined);
    }),

  set: organisationProcedure('matching.manage')
    .input(SetMentorCapacityInput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(applications)
        .set({ mentorCapacity: input.capacity })
        .where(
          and(
            eq(applications.tenantId, ctx.organisationId),
            eq(applications.id, input.applicationId),
            eq(applications.role, 'mentor'),
          ),
        )
        .returning({ id: applications.id, capacity: applications.mentorCapacity });
      if (!row) throw new AppError('not_found');
      return row;
    }),
});

const exclusionRouter = router({
  list: organisationProcedure('intake.read')
    .input(ListExclusionsInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      return ctx.tx
        .select({
          id: matchingExclusions.id,
          mentorApplicationId: matchingExclusions.mentorApplicationId,
          menteeApplicationId: matchingExclusions.menteeApplicationId,
          mentorName: sql<string>`(select a.name from ${applications} a where a.tenant_id = ${matchingExclusions.tenantId} and a.id = ${matchingExclusions.mentorApplicationId})`,
          menteeName: sql<string>`(select a.name from ${applications} a where a.tenant_id = ${matchingExclusions.tenantId} and a.id = ${matchingExclusions.menteeApplicationId})`,
          reason: matchingExclusions.reason,
          createdAt: matchingExclusions.createdAt,
        })
        .from(matchingExclusions)
        .where(
          and(
            eq(matchingExclusions.tenantId, ctx.organisationId),
            eq(matchingExclusions.programmeId, input.programmeId),
          ),
        )
        .orderBy(desc(matchingExclusions.createdAt), asc(matchingExclusions.id));
    }),

  /** Rules a pair out (also how staff reject a proposed pair); again for the same pair: kept. */
  add: organisationProcedure('matching.manage')
    .input(AddExclusionInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      await requireProgramme(ctx.tx, tenantId, input.programmeId);
      await requireApplicants(ctx.tx, tenantId, input.programmeId, 'mentor', [
        input.mentorApplicationId,
      ]);
      await requireApplicants(ctx.tx, tenantId, input.programmeId, 'mentee', [
        input.menteeApplicationId,
      ]);
      const [row] = await ctx.tx
        .insert(matchingExclusions)
        .values({
          tenantId,
          programmeId: input.programmeId,
          mentorApplicationId: input.mentorApplicationId,
          menteeApplicationId: input.menteeApplicationId,
          reason: input.reason,
          createdBy: ctx.user.id,
        })
        .onConflictDoNothing()
        .returning({ id: matchingExclusions.id });
      if (row) return row;
      const [existing] = await ctx.tx
        .select({ id: matchingExclusions.id })
        .from(matchingExclusions)
        .where(
          and(
            eq(matchingExclusions.tenantId, tenantId),
            eq(matchingExclusions.mentorApplicationId, input.mentorApplicationId),
            eq(matchingExclusions.menteeApplicationId, input.menteeApplicationId),
          ),
        );
      if (!existing) throw new AppError('internal');
      return existing;
    }),

  remove: organisationProcedure('matching.manage')
    .input(RemoveExclusionInput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .delete(matchingExclusions)
        .where(
          and(
            eq(matchingExclusions.tenantId, ctx.organisationId),
            eq(matchingExclusions.id, input.exclusionId),
          ),
        )
        .returning({ id: matchingExclusions.id });
      if (!row) throw new AppError('not_found');
      return row;
    }),
});

const proposalRouter = router({
  /**
   * The engine's best overall assignment for the programme's pool, each pair explained, the
   * runner-ups per mentee and who stays unmatched and why. Reads only: nothing is written
   * until staff decide.
   */
  get: organisationProcedure('matching.manage')
    .input(GetProposalInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      return cohortProposal(await loadMatchingPool(ctx.tx, ctx.organisationId, input.programmeId));
    }),

  /**
   * Staff accept pairs, as proposed or swapped (any mentor and mentee of the pool): each is
   * rescored now, refused when a hard constraint excludes it, and stored as a proposed match
   * with who decided and when (C2).
   */
  decide: organisationProcedure('matching.manage')
    .input(DecideInput)
    .mutation(async ({ ctx, input }) => {
      const tenantId = ctx.organisationId;
      await requireProgramme(ctx.tx, tenantId, input.programmeId);
      const mentorIds = input.pairs.map((p) => p.mentorApplicationId);
      const menteeIds = input.pairs.map((p) => p.menteeApplicationId);
      if (new Set(menteeIds).size !== menteeIds.length) throw new AppError('matching.mentee_twice');
      await requireApplicants(ctx.tx, tenantId, input.programmeId, 'mentor', mentorIds);
      await requireApplicants(ctx.tx, tenantId, input.programmeId, 'mentee', menteeIds);
      const loaded = await loadMatchingPool(ctx.tx, tenantId, input.programmeId, {
        mentorIds,
        menteeIds,
      });
      if (menteeIds.some((id) => !loaded.pool.menteeIndex.has(id)))
        throw new AppError('matching.mentee_already_matched');
      const result = proposeCohort(loaded.pool, {
        minScore: 0,
        locks: input.pairs.map((p) => ({
          mentorId: p.mentorApplicationId,
          menteeId: p.menteeApplicationId,
        })),
      });
      if (!result.ok) {
        const [error] = result.errors;
        throw new AppError(error ? LOCK_ERRORS[error.code] : 'internal');
      }
      const explanations = input.pairs.map((p) =>
        explainPair(loaded.pool, p.mentorApplicationId, p.menteeApplicationId),
      );
      const rows = await ctx.tx
        .insert(matches)
        .values(
          explanations.map((explanation) => ({
            tenantId,
            programmeId: input.programmeId,
            mentorApplicationId: explanation.mentorId,
            menteeApplicationId: explanation.menteeId,
            status: 'proposed' as const,
            score: explanation.score,
            scoreBreakdown: storedParts(explanation),
            introduction: introduction(loaded, explanation),
            decidedBy: ctx.user.id,
          })),
        )
        .returning({
          id: matches.id,
          mentorApplicationId: matches.mentorApplicationId,
          menteeApplicationId: matches.menteeApplicationId,
          score: matches.score,
          decidedAt: matches.decidedAt,
        });
      return rows;
    }),
});

const matchRouter = router({
  /** The programme's open matches (proposed or started), newest decision first. */
  list: organisationProcedure('intake.read')
    .input(ListMatchesInput)
    .query(async ({ ctx, input }) => {
      await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const nameOf = (column: AnyPgColumn) =>
        sql<string>`(select a.name from ${applications} a where a.tenant_id = ${matches.tenantId} and a.id = ${column})`;
      return ctx.tx
        .select({
          id: matches.id,
          status: matches.status,
          mentorApplicationId: matches.mentorApplicationId,
          menteeApplicationId: matches.menteeApplicationId,
          mentorName: nameOf(matches.mentorApplicationId),
          menteeName: nameOf(matches.menteeApplicationId),
          score: matches.score,
          introduction: matches.introduction,
          decidedAt: matches.decidedAt,
          decidedByName: users.name,
        })
        .from(matches)
        .innerJoin(users, eq(users.id, matches.decidedBy))
        .where(
          and(
            eq(matches.tenantId, ctx.organisationId),
            eq(matches.programmeId, input.programmeId),
            inArray(matches.status, ['proposed', 'started']),
          ),
        )
        .orderBy(desc(matches.decidedAt), asc(matches.id));
    }),

  /**
   * Staff withdraw a proposed match: both return to the pool; the reason is kept, and a first
   * meeting still planned is called off in everyone's calendar.
   */
  cancel: organisationProcedure('matching.manage')
    .input(CancelMatchInput)
    .mutation(async ({ ctx, input }) => {
      const where = and(eq(matches.tenantId, ctx.organisationId), eq(matches.id, input.matchId));
      const [row] = await ctx.tx
        .update(matches)
        .set({
          status: 'cancelled',
          closedAt: sql`now()`,
          closedBy: ctx.user.id,
          closeReason: input.reason,
        })
        .where(and(where, eq(matches.status, 'proposed')))
        .returning();
      if (row) {
        const firstMeetingsCalledOff = await callOffPlannedFirstMeetings(ctx.tx, ctx.config, row);
        return { id: row.id, status: row.status, firstMeetingsCalledOff };
      }
      const [existing] = await ctx.tx.select({ id: matches.id }).from(matches).where(where);
      throw new AppError(existing ? 'matching.match_not_open' : 'not_found');
    }),
});

export const matchingRouter = router({
  settings: settingsRouter,
  capacity: capacityRouter,
  exclusion: exclusionRouter,
  proposal: proposalRouter,
  match: matchRouter,
});
