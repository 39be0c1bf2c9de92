import { type Database, memberships, organisations, unitOfWork, users } from '@tandem/db';

/**
 * A fresh organisation with one coordinator, for a criterion's boundary cases: each cases
 * file writes its own programmes and rows into it, so no demo data moves its figures.
 */
export async function casesOrganisation(db: Database, label: string) {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const ids = await unitOfWork(db, { tenantId: null, userId: null }, async (tx) => {
    const [organisation] = await tx.insert(organisations).values({ name: label, slug }).returning();
    const [staff] = await tx
      .insert(users)
      .values({ email: `${slug}-staff@example.org`, name: `${label} staff` })
      .returning();
    if (!organisation || !staff) throw new Error('insert returned nothing');
    return { tenantId: organisation.id, userId: staff.id };
  });
  await unitOfWork(db, ids, (tx) => tx.insert(memberships).values({ ...ids, role: 'coordinator' }));
  return ids;
}
