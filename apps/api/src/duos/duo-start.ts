import { createHash } from 'node:crypto';
import {
  agreementAcceptances,
  agreements,
  agreementTemplates,
  duos,
  firstMeetings,
  matches,
  matchValidations,
  programmes,
  type Transaction,
} from '@tandem/db';
import {
  bothConfirmed,
  canStartDuo,
  type DuoRole,
  type DuoStartState,
  duoDates,
  firstMeetingHeld,
  type Locale,
  type ValidationAnswer,
  type ValidationChannel,
} from '@tandem/domain';
import { and, eq, isNull, max } from 'drizzle-orm';
import { AppError } from '../errors.ts';
import {
  type AgreementTemplateTexts,
  type AgreementValues,
  composeAgreementTexts,
} from './agreement-text.ts';

/**
 * From a decided match to a started duo (C4, C5), for the portal (a participant unit, whose
 * rows the database limits to the person's own) and for staff (the tenant's unit) alike.
 * Every step takes the match's row lock first, so two answers or acceptances arriving at
 * once are applied one after the other and the second sees the first.
 */

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type Match = typeof matches.$inferSelect;

/** The match, locked for the rest of the transaction; not found when the unit cannot see it. */
async function lockMatch(tx: Transaction, matchId: string): Promise<Match> {
  const [match] = await tx.select().from(matches).where(eq(matches.id, matchId)).for('update');
  if (!match) throw new AppError('not_found');
  return match;
}

async function startState(tx: Transaction, match: Match): Promise<DuoStartState> {
  const meetings = await tx
    .select({ status: firstMeetings.status })
    .from(firstMeetings)
    .where(eq(firstMeetings.matchId, match.id));
  const validations = await tx
    .select({
      role: matchValidations.role,
      answer: matchValidations.answer,
      at: matchValidations.answeredAt,
    })
    .from(matchValidations)
    .where(eq(matchValidations.matchId, match.id));
  const [current] = await tx
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.matchId, match.id), isNull(agreements.supersededAt)));
  const accepted = current
    ? await tx
        .select({ role: agreementAcceptances.role })
        .from(agreementAcceptances)
        .where(eq(agreementAcceptances.agreementId, current.id))
    : [];
  return {
    matchStatus: match.status,
    firstMeetings: meetings.map((m) => m.status),
    validations: validations.map((v) => ({ ...v, at: v.at.toISOString() })),
    agreement: current ? { acceptedBy: accepted.map((a) => a.role) } : null,
  };
}

export interface ValidationInput {
  matchId: string;
  role: DuoRole;
  answer: ValidationAnswer;
  channel: ValidationChannel;
  reason: string | null;
  /** The participant themselves (portal) or the staff member who wrote the answer down. */
  recordedBy: string;
}

/**
 * One side's answer after the first meeting (C4). A decline ends the proposal: the match is
 * closed with the reason, and both people are free to be matched again. The reason stays
 * with staff; the other side only learns that the match will not go ahead.
 */
export async function recordValidation(tx: Transaction, input: ValidationInput, now = new Date()) {
  const match = await lockMatch(tx, input.matchId);
  if (match.status !== 'proposed') throw new AppError('duo.match_closed');
  if (!firstMeetingHeld(await startState(tx, match)))
    throw new AppError('duo.first_meeting_not_held');
  await tx.insert(matchValidations).values({
    tenantId: match.tenantId,
    matchId: match.id,
    role: input.role,
    answer: input.answer,
    channel: input.channel,
    reason: input.reason,
    answeredAt: now,
    recordedBy: input.recordedBy,
  });
  if (input.answer === 'declined') {
    await tx
      .update(matches)
      .set({
        status: 'declined',
        closedAt: now,
        closedBy: input.recordedBy,
        closeReason: input.reason,
      })
      .where(eq(matches.id, match.id));
  }
}

/**
 * A programme's agreement in every language from its saved templates, as issued; the staff
 * preview passes `drafts` to see a language's unsaved texts in the same wording.
 */
export async function programmeAgreementTexts(
  tx: Transaction,
  programmeId: string,
  values: Omit<AgreementValues, 'programmeName'>,
  drafts: Partial<Record<Locale, AgreementTemplateTexts>> = {},
) {
  const [programme] = await tx
    .select({ name: programmes.name })
    .from(programmes)
    .where(eq(programmes.id, programmeId));
  if (!programme) throw new AppError('not_found');
  const templates = await tx
    .select()
    .from(agreementTemplates)
    .where(eq(agreementTemplates.programmeId, programmeId));
  const byLocale: Partial<Record<Locale, AgreementTemplateTexts>> = {};
  for (const template of templates) byLocale[template.locale] = template;
  return composeAgreementTexts(
    { ...byLocale, ...drafts },
    { programmeName: programme.name, ...values },
  );
}

async function issue(
  tx: Transaction,
  match: Match,
  values: { durationMonths: number; contactIntervalDays: number },
  issuedBy: string | null,
  now: Date,
) {
  const texts = await programmeAgreementTexts(tx, match.programmeId, {
    mentorFirstName: match.introduction.mentorFirstName,
    menteeFirstName: match.introduction.menteeFirstName,
    ...values,
  });
  const [last] = await tx
    .select({ version: max(agreements.version) })
    .from(agreements)
    .where(eq(agreements.matchId, match.id));
  await tx
    .update(agreements)
    .set({ supersededAt: now })
    .where(and(eq(agreements.matchId, match.id), isNull(agreements.supersededAt)));
  const [agreement] = await tx
    .insert(agreements)
    .values({
      tenantId: match.tenantId,
      matchId: match.id,
      version: (last?.version ?? 0) + 1,
      texts,
      ...values,
      issuedAt: now,
      issuedBy,
    })
    .returning();
  if (!agreement) throw new Error('insert returned nothing');
  return agreement;
}

/**
 * Issues the match's agreement once both sides have confirmed (their latest answers), from
 * the programme's templates with its duration and contact frequency; does nothing when it
 * is issued already or not both have confirmed. It reads the programme's templates, so it
 * runs in the organisation's unit: call it after a validation has been recorded, from the
 * portal (after the participant's unit) or from staff (`issuedBy` null: issued by Tandem).
 */
export async function issueAgreementIfValidated(
  tx: Transaction,
  matchId: string,
  issuedBy: string | null,
  now = new Date(),
) {
  const match = await lockMatch(tx, matchId);
  if (match.status !== 'proposed') return null;
  const state = await startState(tx, match);
  if (state.agreement !== null || !bothConfirmed(state.validations)) return null;
  const [programme] = await tx
    .select({
      durationMonths: programmes.plannedDurationMonths,
      contactIntervalDays: programmes.minContactFrequencyDays,
    })
    .from(programmes)
    .where(eq(programmes.id, match.programmeId));
  if (!programme) throw new AppError('not_found');
  return issue(tx, match, programme, issuedBy, now);
}

/**
 * Staff changed the duo's duration or contact frequency: a new version replaces the
 * current one. Acceptances stay with the version accepted, so both accept again.
 */
export async function reissueAgreement(
  tx: Transaction,
  matchId: string,
  values: { durationMonths: number; contactIntervalDays: number },
  issuedBy: string,
  now = new Date(),
) {
  const match = await lockMatch(tx, matchId);
  if (match.status !== 'proposed') throw new AppError('duo.match_closed');
  const state = await startState(tx, match);
  if (!bothConfirmed(state.validations)) throw new AppError('duo.not_validated');
  return issue(tx, match, values, issuedBy, now);
}

export interface AcceptanceInput {
  agreementId: string;
  role: DuoRole;
  locale: Locale;
  /** SHA-256 of the text the person was shown: it must be the current version's. */
  textSha256: string;
  acceptedBy: string;
}

/**
 * One side accepts the agreement (C5). The acceptance that completes it starts the duo in
 * the same unit: the duo row (start today in Brussels, planned end the agreement's duration
 * later) and the match set to started. A version re-issued meanwhile is refused.
 */
export async function acceptAgreement(tx: Transaction, input: AcceptanceInput, now = new Date()) {
  const [found] = await tx
    .select({ matchId: agreements.matchId })
    .from(agreements)
    .where(eq(agreements.id, input.agreementId));
  if (!found) throw new AppError('not_found');
  const match = await lockMatch(tx, found.matchId);
  if (match.status !== 'proposed') throw new AppError('duo.match_closed');
  const [agreement] = await tx
    .select()
    .from(agreements)
    .where(eq(agreements.id, input.agreementId));
  if (!agreement) throw new AppError('not_found');
  if (
    agreement.supersededAt !== null ||
    sha256Hex(agreement.texts[input.locale]) !== input.textSha256
  )
    throw new AppError('duo.agreement_reissued');
  const [already] = await tx
    .select({ id: agreementAcceptances.id })
    .from(agreementAcceptances)
    .where(
      and(
        eq(agreementAcceptances.agreementId, agreement.id),
        eq(agreementAcceptances.role, input.role),
      ),
    );
  if (!already) {
    await tx.insert(agreementAcceptances).values({
      tenantId: match.tenantId,
      agreementId: agreement.id,
      role: input.role,
      locale: input.locale,
      textSha256: input.textSha256,
      acceptedAt: now,
      acceptedBy: input.acceptedBy,
    });
  }
  if (!canStartDuo(await startState(tx, match))) return { started: false };
  await tx.insert(duos).values({
    tenantId: match.tenantId,
    programmeId: match.programmeId,
    matchId: match.id,
    mentorApplicationId: match.mentorApplicationId,
    menteeApplicationId: match.menteeApplicationId,
    ...duoDates(now.toISOString(), agreement.durationMonths),
  });
  await tx.update(matches).set({ status: 'started' }).where(eq(matches.id, match.id));
  return { started: true };
}
