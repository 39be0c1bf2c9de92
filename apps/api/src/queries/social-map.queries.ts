import { socialMapServices, type Transaction } from '@tandem/db';
import { and, eq } from 'drizzle-orm';

/**
 * A service of the social map in the unit of work's tenant (and of the programme, when given),
 * or null: callers decide which error an unknown service is for them.
 */
export async function requireService(
  tx: Transaction,
  tenantId: string,
  serviceId: string,
  programmeId?: string,
) {
  const [row] = await tx
    .select()
    .from(socialMapServices)
    .where(
      and(
        eq(socialMapServices.tenantId, tenantId),
        eq(socialMapServices.id, serviceId),
        programmeId ? eq(socialMapServices.programmeId, programmeId) : undefined,
      ),
    );
  return row ?? null;
}
