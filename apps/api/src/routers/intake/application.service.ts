import { applicationSubmissions, applications, type Transaction } from '@tandem/db';
import {
  APPLICATION_SUBMISSION_FIELDS,
  type ApplicationSubmissionField,
  type AvailabilitySlot,
  type IntakeRole,
  normaliseAvailability,
} from '@tandem/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../errors.ts';

/** What a person tells us when applying, however it reaches us (public form or import). */
export interface ApplicationSubmission {
  role: IntakeRole;
  email: string;
  channelId: string;
  name: string;
  phone: string | null;
  preferredLocale: (typeof applications.$inferInsert)['preferredLocale'];
  availability: readonly AvailabilitySlot[];
  postcode: string;
  municipality: string;
  languages: readonly string[];
  sector: string;
  experienceYears?: number | null;
  goal: string;
  birthYear: number;
  interests: readonly string[];
  /** The version of the consent text, or how consent was obtained (see the import). */
  consentTextVersion: string;
}

/** The details of a submission as stored, in the one canonical form for comparing them. */
function detailsOf(s: ApplicationSubmission) {
  return {
    name: s.name,
    phone: s.phone,
    preferredLocale: s.preferredLocale,
    availability: normaliseAvailability(s.availability),
    postcode: s.postcode.toUpperCase(),
    municipality: s.municipality,
    languages: [...new Set(s.languages)],
    sector: s.sector,
    experienceYears: s.role === 'mentor' ? (s.experienceYears ?? null) : null,
    goal: s.goal,
    birthYear: s.birthYear,
    interests: [...new Set(s.interests)],
  } satisfies Record<ApplicationSubmissionField, unknown>;
}

function applicationRow(tenantId: string, programmeId: string, s: ApplicationSubmission) {
  return {
    tenantId,
    programmeId,
    role: s.role,
    email: s.email,
    channelId: s.channelId,
    ...detailsOf(s),
    consentAt: sql`now()`,
    consentTextVersion: s.consentTextVersion,
  };
}

const samePerson = [
  applications.tenantId,
  applications.programmeId,
  applications.role,
  applications.email,
];

/**
 * Records applications staff import, in one statement. A second application by the same
 * e-mail for the same programme and role updates the first (staff saw it listed as a merge
 * before confirming; the audit trail keeps the earlier version) and counts the submission;
 * the channel stays the one the person first came through. The submissions must not repeat
 * an e-mail and role.
 */
export async function mergeApplications(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  submissions: readonly ApplicationSubmission[],
): Promise<void> {
  if (submissions.length === 0) return;
  await tx
    .insert(applications)
    .values(submissions.map((s) => applicationRow(tenantId, programmeId, s)))
    .onConflictDoUpdate({
      target: samePerson,
      // `excluded` is the row that was proposed: the merge takes the new details.
      set: {
        name: sql`excluded.name`,
        phone: sql`excluded.phone`,
        preferredLocale: sql`excluded.preferred_locale`,
        availability: sql`excluded.availability`,
        postcode: sql`excluded.postcode`,
        municipality: sql`excluded.municipality`,
        languages: sql`excluded.languages`,
        sector: sql`excluded.sector`,
        experienceYears: sql`excluded.experience_years`,
        goal: sql`excluded.goal`,
        birthYear: sql`excluded.birth_year`,
        interests: sql`excluded.interests`,
        consentAt: sql`excluded.consent_at`,
        consentTextVersion: sql`excluded.consent_text_version`,
        updatedAt: sql`now()`,
        submissionCount: sql`${applications.submissionCount} + 1`,
      },
    });
}

/**
 * Records an application someone submitted without an account. Anyone may type any e-mail,
 * so a second application by an e-mail that already applied for the programme and role
 * changes none of the details held: it is counted and kept, with its consent, as a
 * submission beside the application for staff to merge or dismiss. Either way the person
 * submitting learns nothing about the other application.
 */
export async function recordPublicApplication(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  submission: ApplicationSubmission,
): Promise<void> {
  const [row] = await tx
    .insert(applications)
    .values(applicationRow(tenantId, programmeId, submission))
    .onConflictDoUpdate({
      target: samePerson,
      set: { submissionCount: sql`${applications.submissionCount} + 1` },
    })
    .returning({ id: applications.id, submissionCount: applications.submissionCount });
  if (!row) throw new AppError('internal');
  if (row.submissionCount === 1) return;
  await tx.insert(applicationSubmissions).values({
    tenantId,
    applicationId: row.id,
    channelId: submission.channelId,
    ...detailsOf(submission),
    consentAt: sql`now()`,
    consentTextVersion: submission.consentTextVersion,
  });
}

/** The submission, locked while its review is recorded; refused once it was reviewed. */
async function requirePendingSubmission(tx: Transaction, tenantId: string, submissionId: string) {
  const [row] = await tx
    .select()
    .from(applicationSubmissions)
    .where(
      and(
        eq(applicationSubmissions.tenantId, tenantId),
        eq(applicationSubmissions.id, submissionId),
      ),
    )
    .for('update');
  if (!row) throw new AppError('not_found');
  if (row.status !== 'pending') throw new AppError('intake.submission_already_reviewed');
  return row;
}

function reviewed(row: typeof applicationSubmissions.$inferSelect) {
  return {
    id: row.id,
    applicationId: row.applicationId,
    status: row.status,
    mergedFields: row.mergedFields as ApplicationSubmissionField[],
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewedBy: row.reviewedBy,
  };
}

/**
 * Takes the chosen fields of a pending submission into its application and keeps the others
 * held; the submission records which fields were taken, by whom and when.
 */
export async function mergeSubmission(
  tx: Transaction,
  scope: { tenantId: string; userId: string },
  submissionId: string,
  fields: readonly ApplicationSubmissionField[],
) {
  const submission = await requirePendingSubmission(tx, scope.tenantId, submissionId);
  const taken = APPLICATION_SUBMISSION_FIELDS.filter((f) => fields.includes(f));
  await tx
    .update(applications)
    .set({
      ...Object.fromEntries(taken.map((f) => [f, submission[f]])),
      updatedAt: sql`now()`,
    })
    .where(
      and(eq(applications.tenantId, scope.tenantId), eq(applications.id, submission.applicationId)),
    );
  return closeSubmission(tx, scope, submission.id, 'merged', taken);
}

/** Sets a pending submission aside: the application keeps every detail it holds. */
export async function dismissSubmission(
  tx: Transaction,
  scope: { tenantId: string; userId: string },
  submissionId: string,
) {
  const submission = await requirePendingSubmission(tx, scope.tenantId, submissionId);
  return closeSubmission(tx, scope, submission.id, 'dismissed', []);
}

async function closeSubmission(
  tx: Transaction,
  scope: { tenantId: string; userId: string },
  submissionId: string,
  status: 'merged' | 'dismissed',
  mergedFields: ApplicationSubmissionField[],
) {
  const [row] = await tx
    .update(applicationSubmissions)
    .set({ status, mergedFields, reviewedAt: sql`now()`, reviewedBy: scope.userId })
    .where(
      and(
        eq(applicationSubmissions.tenantId, scope.tenantId),
        eq(applicationSubmissions.id, submissionId),
      ),
    )
    .returning();
  if (!row) throw new AppError('internal');
  return reviewed(row);
}

/** Which of these e-mails already applied to the programme in the role (to be merged). */
export async function existingApplicationEmails(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  role: IntakeRole,
  emails: readonly string[],
): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await tx
    .select({ email: applications.email })
    .from(applications)
    .where(
      and(
        eq(applications.tenantId, tenantId),
        eq(applications.programmeId, programmeId),
        eq(applications.role, role),
        inArray(applications.email, [...emails]),
      ),
    );
  return new Set(rows.map((r) => r.email));
}
