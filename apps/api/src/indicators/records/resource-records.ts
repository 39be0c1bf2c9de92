import { queryRows } from '@tandem/db';
import type { ResourceKind } from '@tandem/domain';
import { sql } from 'drizzle-orm';
import { textArray } from '../sql-fragments.ts';
import type { RecordLister } from './record-lister.ts';

interface ResourceRow extends Record<string, unknown> {
  id: string;
  kind: ResourceKind;
  title: string;
  reviewed_on: string | null;
  withdrawn_on: string | null;
}

/**
 * D4 counts kinds of material; behind each kind the drill-down lists the library's resources
 * of that kind still present at the period's end, with their review date, so one sees why a
 * kind counts or not.
 */
export const resourceKindLister: RecordLister<{
  records: never[];
  resourceKinds: {
    kind: ResourceKind;
    resources: {
      id: string;
      title: string;
      reviewedOn: string | null;
      withdrawnOn: string | null;
    }[];
  }[];
}> = {
  unit: 'resource_kind',
  list: async (tx, { scope, ids }) => {
    const rows = await queryRows<ResourceRow>(
      tx,
      sql`
      select r.id, r.kind, r.title, r.reviewed_on::text as reviewed_on,
        r.withdrawn_on::text as withdrawn_on
      from resources r
      where r.tenant_id = ${scope.tenantId} and r.programme_id = ${scope.programmeId}
        and r.kind = any(${textArray(ids)})
        and (r.withdrawn_on is null or r.withdrawn_on >= ${scope.period.end}::date)
      order by r.kind, r.reviewed_on desc nulls last, r.title, r.id`,
    );
    return {
      records: [],
      resourceKinds: (ids as ResourceKind[]).map((kind) => ({
        kind,
        resources: rows
          .filter((r) => r.kind === kind)
          .map((r) => ({
            id: r.id,
            title: r.title,
            reviewedOn: r.reviewed_on,
            withdrawnOn: r.withdrawn_on,
          })),
      })),
    };
  },
};
