import { programmes, type Transaction } from '@tandem/db';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../errors.ts';

/** The programme, in the unit of work's tenant, or "not found". */
export async function requireProgramme(tx: Transaction, tenantId: string, programmeId: string) {
  const [row] = await tx
    .select()
    .from(programmes)
    .where(and(eq(programmes.tenantId, tenantId), eq(programmes.id, programmeId)));
  if (!row) throw new AppError('not_found');
  return row;
}
