import {
  applications,
  auditEvents,
  participantAccounts,
  queryRows,
  type Transaction,
  users,
} from '@tandem/db';
import { type Locale, toLocale } from '@tandem/i18n';
import { desc, inArray, sql } from 'drizzle-orm';
import { AppError } from '../errors.ts';
import {
  PERSON_DATA_TABLES,
  PERSONAL_DATA_MAP,
  type PersonDataTable,
  type PersonKey,
} from './personal-data-map.ts';

/** Everything an organisation holds about one person, as they may take it elsewhere (art. 20). */
export interface PersonalDataExport {
  format: 'tandem.personal-data/1';
  organisation: string;
  exportedAt: string;
  person: { name: string; email: string; locale: Locale };
  /** Rows by table, as stored, without the tenant and without secrets; empty tables left out. */
  records: Partial<Record<PersonDataTable, Record<string, unknown>[]>>;
}

export interface Person extends Omit<PersonKey, 'rowIds'> {
  name: string;
  email: string;
  locale: Locale;
}

const normalised = (email: string) => email.trim().toLowerCase();

/** The person behind the given applications, as far as the unit of work may see them. */
async function personOf(
  tx: Transaction,
  found: (typeof applications.$inferSelect)[],
  userIds: readonly string[],
): Promise<Person> {
  const latest = found[0];
  if (!latest) throw new AppError('not_found');
  const accounts =
    userIds.length === 0
      ? []
      : await tx
          .select({ email: users.email })
          .from(users)
          .where(inArray(users.id, [...userIds]));
  return {
    applicationIds: found.map((a) => a.id),
    emails: [...new Set([...found, ...accounts].map((a) => normalised(a.email)))],
    userIds,
    name: latest.name,
    email: normalised(latest.email),
    locale: toLocale(latest.preferredLocale),
  };
}

/**
 * For staff: the person who made this application, i.e. every application in the
 * organisation with the same e-mail (a person may apply as mentor and mentee, to several
 * programmes), and their portal accounts.
 */
export async function personOfApplication(tx: Transaction, applicationId: string) {
  const found = await tx
    .select()
    .from(applications)
    .where(
      sql`lower(btrim(${applications.email})) = (select lower(btrim(a.email)) from applications a where a.id = ${applicationId})`,
    )
    .orderBy(desc(applications.submittedAt));
  const accounts = found.length
    ? await tx
        .select({ userId: participantAccounts.userId })
        .from(participantAccounts)
        .where(
          inArray(
            participantAccounts.applicationId,
            found.map((a) => a.id),
          ),
        )
    : [];
  return personOf(tx, found, [...new Set(accounts.map((a) => a.userId))]);
}

/** For a participant: themselves, as row-level security shows them their own applications. */
export async function personOfParticipant(tx: Transaction, userId: string) {
  const found = await tx.select().from(applications).orderBy(desc(applications.submittedAt));
  return personOf(tx, found, [userId]);
}

/**
 * Reads every table of the map that has rows about the person, in the unit of work's scope:
 * staff see all the organisation holds, a participant what row-level security opens to them.
 */
export async function exportPersonalData(
  tx: Transaction,
  organisation: string,
  person: Person,
): Promise<PersonalDataExport> {
  const records: PersonalDataExport['records'] = {};
  const rowIds: string[] = [];
  for (const table of PERSON_DATA_TABLES) {
    const entry: {
      rowsOf: (p: PersonKey) => ReturnType<typeof sql>;
      withheld?: readonly string[];
    } = PERSONAL_DATA_MAP[table];
    const left = ['tenant_id', ...(entry.withheld ?? [])].join(',');
    const rows = await queryRows<{ row: Record<string, unknown> }>(
      tx,
      sql`select to_jsonb(t) - string_to_array(${left}, ',') as row
          from ${sql.identifier(table)} t where ${entry.rowsOf({ ...person, rowIds })}`,
    );
    if (rows.length === 0) continue;
    records[table] = rows.map((r) => r.row);
    for (const { row } of rows) if (typeof row.id === 'string') rowIds.push(row.id);
  }
  return {
    format: 'tandem.personal-data/1',
    organisation,
    exportedAt: new Date().toISOString(),
    person: { name: person.name, email: person.email, locale: person.locale },
    records,
  };
}

/** Reading a person's whole file is recorded like a change: who exported whose data, in what form. */
export async function recordExport(
  tx: Transaction,
  input: { organisationId: string; actorUserId: string; person: Person; format: 'json' | 'pdf' },
) {
  await tx.insert(auditEvents).values({
    tenantId: input.organisationId,
    actorUserId: input.actorUserId,
    tableName: 'applications',
    operation: 'EXPORT',
    after: {
      application_id: input.person.applicationIds[0],
      application_ids: input.person.applicationIds,
      format: input.format,
    },
  });
}
