import { queryRows } from '@tandem/db';
import { sql } from 'drizzle-orm';
import { uuidList } from '../sql-fragments.ts';
import type { RecordLister } from './record-lister.ts';

interface ChannelRecord {
  kind: 'channel';
  id: string;
  name: string;
  channelKind: string;
  /** Applications in the period that came through this channel. */
  applications: number;
}

/** Channels by ID (A2/B1's channel count), each with the period's applications it brought. */
export const channelLister: RecordLister<{ records: ChannelRecord[] }> = {
  unit: 'channel',
  async list(tx, { scope, ids, measure }) {
    if (ids.length === 0) return { records: [] };
    const rows = await queryRows<{ id: string; name: string; kind: string; applications: number }>(
      tx,
      sql`
      select c.id::text as id, c.name, c.kind,
        (select count(*)::int from applications a
          where a.tenant_id = c.tenant_id and a.channel_id = c.id
            and a.id = any(${uuidList(measure.denominatorIds)})) as applications
      from recruitment_channels c
      where c.tenant_id = ${scope.tenantId} and c.id = any(${uuidList(ids)})
      order by c.name, c.id`,
    );
    return {
      records: rows.map((r) => ({
        kind: 'channel' as const,
        id: r.id,
        name: r.name,
        channelKind: r.kind,
        applications: Number(r.applications),
      })),
    };
  },
};
