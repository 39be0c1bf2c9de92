import { MATCHING_CRITERIA, MAX_MENTOR_CAPACITY } from '@tandem/domain';
import { z } from 'zod';
import { FreeText, OrganisationId } from '../../shared.schema.ts';

/** Input schemas of matching (C1, C2): settings, capacities, exclusions, proposals, decisions. */

const Id = z.uuid();
const OrganisationScope = z.object({ organisationId: OrganisationId });
const ProgrammeScope = OrganisationScope.extend({ programmeId: Id });

export const MAX_WEIGHT = 10;
/** The database's bounds (`matching_settings_distance_check`). */
export const MAX_DISTANCE_KM = 500;

const Weight = z.number().int().min(0).max(MAX_WEIGHT);
const Weights = z.object(
  Object.fromEntries(MATCHING_CRITERIA.map((criterion) => [criterion, Weight])) as {
    [K in (typeof MATCHING_CRITERIA)[number]]: typeof Weight;
  },
);

/** Why staff ruled a pair out or cancelled a match: kept for the team, never shown to them. */
const Reason = FreeText.min(1).max(1000);

const Pair = z.object({ mentorApplicationId: Id, menteeApplicationId: Id });

export const GetMatchingSettingsInput = ProgrammeScope;
export const UpdateMatchingSettingsInput = ProgrammeScope.extend({
  weights: Weights.refine((w) => Object.values(w).some((v) => v > 0), {
    error: 'matching.weights_all_zero',
  }),
  maxDistanceKm: z.number().int().min(1).max(MAX_DISTANCE_KM),
  distanceIsHardLimit: z.boolean(),
  requireCompleteTraining: z.boolean(),
  minScore: z.number().min(0).max(1),
});

export const ListMentorCapacitiesInput = ProgrammeScope;
export const SetMentorCapacityInput = OrganisationScope.extend({
  applicationId: Id,
  capacity: z.number().int().min(1).max(MAX_MENTOR_CAPACITY),
});

export const ListExclusionsInput = ProgrammeScope;
/** Also how staff reject a proposed pair: the pair is never proposed again. */
export const AddExclusionInput = ProgrammeScope.extend({ ...Pair.shape, reason: Reason });
export const RemoveExclusionInput = OrganisationScope.extend({ exclusionId: Id });

export const GetProposalInput = ProgrammeScope;
/** Pairs as proposed, or swapped: any mentor and mentee of the pool. */
export const DecideInput = ProgrammeScope.extend({ pairs: z.array(Pair).min(1).max(200) });

export const ListMatchesInput = ProgrammeScope;
export const CancelMatchInput = OrganisationScope.extend({ matchId: Id, reason: Reason });
