import { applications, type Transaction } from '@tandem/db';
import { type AvailabilitySlot, type IntakeRole, normaliseAvailability } from '@tandem/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';

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

/**
 * Records applications to a programme in one statement. A second application by the same
 * e-mail for the same programme and role updates the first (the audit trail keeps the
 * earlier version) and counts the submission; the channel stays the one the person first
 * came through. The submissions must not repeat an e-mail and role.
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
    .values(
      submissions.map((s) => ({
        tenantId,
        programmeId,
        role: s.role,
        email: s.email,
        channelId: s.channelId,
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
        consentAt: sql`now()`,
        consentTextVersion: s.consentTextVersion,
      })),
    )
    .onConflictDoUpdate({
      target: [
        applications.tenantId,
        applications.programmeId,
        applications.role,
        applications.email,
      ],
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
