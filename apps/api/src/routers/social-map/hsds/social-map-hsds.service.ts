import { socialMapServices, type Transaction } from '@tandem/db';
import type { SocialMapServiceKind } from '@tandem/domain';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { AppError } from '../../../errors.ts';
import { hsdsProblems } from './hsds-validator.ts';
import { socialMapToHsds } from './social-map-export.ts';
import { type HsdsReadRow, readHsdsDirectory } from './social-map-import.ts';

interface Scope {
  readonly tenantId: string;
  readonly programmeId: string;
}

/**
 * The programme's social map as an HSDS 3.0 directory. It is checked against the schemas
 * before it leaves: a directory we publish must be one others can read.
 */
export async function exportSocialMap(tx: Transaction, { tenantId, programmeId }: Scope) {
  const rows = await tx
    .select()
    .from(socialMapServices)
    .where(
      and(eq(socialMapServices.tenantId, tenantId), eq(socialMapServices.programmeId, programmeId)),
    )
    .orderBy(
      asc(socialMapServices.organizationName),
      asc(socialMapServices.name),
      asc(socialMapServices.id),
    );
  const directory = JSON.parse(JSON.stringify(socialMapToHsds(programmeId, rows)));
  for (const { services, ...organization } of directory.organizations) {
    const problems = [
      ...hsdsProblems('organization', organization),
      ...services.flatMap((service: unknown) => hsdsProblems('service', service)),
    ];
    if (problems.length > 0) throw new AppError('internal');
  }
  return directory;
}

export type HsdsReportOutcome = 'created' | 'updated' | 'refused';

/** Each service of the directory with what the import does (or did) with it. */
async function report(tx: Transaction, scope: Scope, rows: readonly HsdsReadRow[]) {
  const ids = rows.flatMap((r) => (r.row ? [r.row.externalId] : []));
  const existing =
    ids.length === 0
      ? []
      : await tx
          .select({ externalId: socialMapServices.externalId })
          .from(socialMapServices)
          .where(
            and(
              eq(socialMapServices.tenantId, scope.tenantId),
              eq(socialMapServices.programmeId, scope.programmeId),
              isNotNull(socialMapServices.externalId),
              inArray(socialMapServices.externalId, ids),
            ),
          );
  const known = new Set(existing.map((e) => e.externalId));
  return rows.map((r) => ({
    organization: r.organization,
    service: r.service,
    name: r.name,
    externalId: r.externalId,
    outcome: (r.row === null
      ? 'refused'
      : known.has(r.row.externalId)
        ? 'updated'
        : 'created') satisfies HsdsReportOutcome as HsdsReportOutcome,
    refused: r.refused,
  }));
}

function read(json: string, defaultKind: SocialMapServiceKind) {
  const result = readHsdsDirectory(json, defaultKind);
  if ('error' in result) throw new AppError(result.error);
  return result.rows;
}

export async function previewHsdsImport(
  tx: Transaction,
  scope: Scope,
  input: { json: string; defaultKind: SocialMapServiceKind },
) {
  return { rows: await report(tx, scope, read(input.json, input.defaultKind)) };
}

/**
 * Stores the directory's valid services: a service whose HSDS id the programme already has
 * is updated, the others are added; refused ones change nothing. Partner links and referrals
 * made to an updated service stay.
 */
export async function confirmHsdsImport(
  tx: Transaction,
  scope: Scope,
  input: { json: string; defaultKind: SocialMapServiceKind },
) {
  const rows = read(input.json, input.defaultKind);
  const outcome = await report(tx, scope, rows);
  const valid = rows.flatMap((r) => (r.row ? [r.row] : []));
  if (valid.length > 0)
    await tx
      .insert(socialMapServices)
      .values(
        valid.map((r) => ({
          tenantId: scope.tenantId,
          programmeId: scope.programmeId,
          externalId: r.externalId,
          ...r.fields,
        })),
      )
      .onConflictDoUpdate({
        target: [
          socialMapServices.tenantId,
          socialMapServices.programmeId,
          socialMapServices.externalId,
        ],
        targetWhere: sql`external_id is not null`,
        set: {
          name: sql`excluded.name`,
          kind: sql`excluded.kind`,
          languages: sql`excluded.languages`,
          address: sql`excluded.address`,
          email: sql`excluded.email`,
          phone: sql`excluded.phone`,
          website: sql`excluded.website`,
          description: sql`excluded.description`,
          organizationName: sql`excluded.organization_name`,
          schedules: sql`excluded.schedules`,
          updatedAt: sql`now()`,
        },
      });
  return { rows: outcome };
}
