import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import {
  type Database,
  onwardReferrals,
  organisations,
  PG_UNIQUE_VIOLATION,
  partnerLinks,
  pgErrorCode,
  programmes,
  referralStatusChanges,
  referrals,
  type Transaction,
  unitOfWork,
} from '@tandem/db';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { ReferralSubmission } from './partner.schema.ts';

/**
 * Partner referrals (B1) and the partner's onward-referral inbox (B5): the one implementation
 * behind the partner web form (tRPC) and the partner REST API. Partner reads run in a unit of
 * work scoped to the partner only (no tenant): row-level security's partner policies return
 * the partner's own rows and nothing else. A submission runs in the receiving organisation's
 * unit of work, after checking the partner is linked to it.
 */

export interface PartnerActor {
  partnerId: string;
  /** The signed-in partner user (web form) or null (API key). */
  userId: string | null;
  via: 'web_form' | 'api';
  apiKeyId?: string | null;
}

export interface Idempotency {
  key: string;
  /** SHA-256 of the validated request, to tell a retry from a different request. */
  requestHash: string;
}

/** Canonical JSON of the validated submission: a retry with the same data hashes the same. */
export function hashSubmission(submission: ReferralSubmission): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(JSON.stringify(submission))));
}

const partnerScope = (actor: { partnerId: string; userId: string | null }) => ({
  tenantId: null,
  userId: actor.userId,
  partnerId: actor.partnerId,
});

type ReferralRow = typeof referrals.$inferSelect;

/** What a partner may see of a referral: who, where, the status and its dates. No notes. */
function toPartnerReferral(row: ReferralRow, organisationName: string) {
  return {
    id: row.id,
    organisation: { id: row.tenantId, name: organisationName },
    programmeId: row.programmeId,
    personName: row.personName,
    status: row.status,
    via: row.via,
    submittedAt: row.submittedAt.toISOString(),
    statusChangedAt: row.statusChangedAt.toISOString(),
  };
}
export type PartnerReferral = ReturnType<typeof toPartnerReferral>;

async function partnerReferralsWhere(tx: Transaction, where: ReturnType<typeof and>) {
  const rows = await tx
    .select({ referral: referrals, organisationName: organisations.name })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.tenantId))
    .where(where)
    .orderBy(desc(referrals.submittedAt), desc(referrals.id));
  return rows.map((r) => toPartnerReferral(r.referral, r.organisationName));
}

async function findByIdempotencyKey(tx: Transaction, actor: PartnerActor, key: string) {
  const [row] = await tx
    .select({ referral: referrals, organisationName: organisations.name })
    .from(referrals)
    .innerJoin(organisations, eq(organisations.id, referrals.tenantId))
    .where(and(eq(referrals.partnerId, actor.partnerId), eq(referrals.idempotencyKey, key)));
  return row
    ? {
        referral: toPartnerReferral(row.referral, row.organisationName),
        hash: row.referral.requestHash,
      }
    : null;
}

/** A retry of an earlier request with the same key: its referral, or a refusal if the body differs. */
async function replayOf(tx: Transaction, actor: PartnerActor, idempotency: Idempotency | null) {
  if (!idempotency) return null;
  const found = await findByIdempotencyKey(tx, actor, idempotency.key);
  if (!found) return null;
  if (found.hash !== idempotency.requestHash) throw new AppError('partner.idempotency_key_reused');
  return { referral: found.referral, replayed: true };
}

/**
 * Records a referral from a partner. With an idempotency key, a retry of the same request
 * returns the first referral (`replayed`), and the same key with another request is refused.
 */
export async function submitReferral(
  db: Database,
  actor: PartnerActor,
  submission: ReferralSubmission,
  idempotency: Idempotency | null = null,
): Promise<{ referral: PartnerReferral; replayed: boolean }> {
  // One unit in the partner's scope answers both questions before the write: was this
  // request made before, and which organisation is it for. Each unit of work is a round trip
  // (and on PGlite a turn in the one connection's queue), so a submission takes two (after
  // the API key's check).
  const replay = () =>
    unitOfWork(db, partnerScope(actor), (tx) => replayOf(tx, actor, idempotency));
  const lookedUp = await unitOfWork(db, partnerScope(actor), async (tx) => {
    const earlier = await replayOf(tx, actor, idempotency);
    const [organisation] = earlier
      ? []
      : await tx
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(eq(organisations.slug, submission.organisationSlug));
    return { earlier, organisation };
  });
  if (lookedUp.earlier) return lookedUp.earlier;
  const { organisation } = lookedUp;
  if (!organisation) throw new AppError('not_found');
  const tenantId = organisation.id;
  try {
    return await unitOfWork(
      db,
      { tenantId, userId: actor.userId, partnerId: actor.partnerId },
      async (tx) => {
        const [link] = await tx
          .select()
          .from(partnerLinks)
          .where(
            and(eq(partnerLinks.tenantId, tenantId), eq(partnerLinks.partnerId, actor.partnerId)),
          );
        if (!link) throw new AppError('partner.not_linked');
        const [programme] = await tx
          .select({ id: programmes.id })
          .from(programmes)
          .where(and(eq(programmes.tenantId, tenantId), eq(programmes.id, submission.programmeId)));
        if (!programme) throw new AppError('not_found');
        const [row] = await tx
          .insert(referrals)
          .values({
            tenantId,
            programmeId: programme.id,
            partnerId: actor.partnerId,
            via: actor.via,
            submittedBy: actor.userId,
            apiKeyId: actor.apiKeyId ?? null,
            personName: submission.person.name,
            personEmail: submission.person.email,
            personPhone: submission.person.phone,
            preferredLocale: submission.person.preferredLanguage,
            needs: submission.needs,
            consentAt: new Date(submission.consent.givenAt),
            consentTextVersion: submission.consent.textVersion,
            idempotencyKey: idempotency?.key ?? null,
            requestHash: idempotency?.requestHash ?? null,
          })
          .returning();
        if (!row) throw new AppError('internal');
        await tx.insert(referralStatusChanges).values({
          tenantId,
          referralId: row.id,
          status: 'received',
          changedAt: row.submittedAt,
          changedBy: actor.userId,
        });
        return { referral: toPartnerReferral(row, organisation.name), replayed: false };
      },
    );
  } catch (error) {
    // Two retries at once: the second meets the first's key and answers like a retry.
    if (idempotency && pgErrorCode(error) === PG_UNIQUE_VIOLATION) {
      const again = await replay();
      if (again) return again;
    }
    throw error;
  }
}

export function listPartnerReferrals(db: Database, actor: PartnerActor) {
  return unitOfWork(db, partnerScope(actor), (tx) =>
    partnerReferralsWhere(tx, and(eq(referrals.partnerId, actor.partnerId))),
  );
}

/** One of the partner's own referrals; another partner's id is "not found". */
export async function getPartnerReferral(db: Database, actor: PartnerActor, referralId: string) {
  const [found] = await unitOfWork(db, partnerScope(actor), (tx) =>
    partnerReferralsWhere(
      tx,
      and(eq(referrals.partnerId, actor.partnerId), eq(referrals.id, referralId)),
    ),
  );
  if (!found) throw new AppError('not_found');
  return found;
}

/** B5: people referred on to this partner by the organisations' programmes. */
export async function listOnwardReferralInbox(db: Database, actor: PartnerActor) {
  const rows = await unitOfWork(db, partnerScope(actor), (tx) =>
    tx
      .select({ onward: onwardReferrals, organisationName: organisations.name })
      .from(onwardReferrals)
      .innerJoin(organisations, eq(organisations.id, onwardReferrals.tenantId))
      .where(and(eq(onwardReferrals.partnerId, actor.partnerId), isNotNull(onwardReferrals.sentAt)))
      .orderBy(desc(onwardReferrals.sentAt), desc(onwardReferrals.id)),
  );
  return rows.map(({ onward: o, organisationName }) => ({
    id: o.id,
    organisation: { id: o.tenantId, name: organisationName },
    person: {
      name: o.personName,
      email: o.personEmail,
      phone: o.personPhone,
      preferredLanguage: o.preferredLocale,
    },
    note: o.note,
    sentAt: o.sentAt?.toISOString() ?? null,
  }));
}
