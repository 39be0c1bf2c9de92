import { socialMapServices, type Transaction } from '@tandem/db';
import { and, eq } from 'drizzle-orm';

/** A service of the programme, in the unit of work's tenant, or the given error. */
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
