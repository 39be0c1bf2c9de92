import { applications, type Transaction } from '@tandem/db';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../errors.ts';

export async function requireApplication(
  tx: Transaction,
  tenantId: string,
  applicationId: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = tx
    .select()
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.id, applicationId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found');
  return row;
}
