import type { Database } from './client.ts';
import demoSignIns from './demo-sign-ins.json' with { type: 'json' };
import {
  memberships,
  networkMembers,
  networks,
  organisations,
  platformOperators,
  programmes,
  users,
} from './schema/index.ts';
import { unitOfWork } from './unit-of-work.ts';

/** Shared with the start script, which prints them. */
export const DEMO_PASSWORD = demoSignIns.password;
export const DEMO_SIGN_INS = demoSignIns.accounts;

/**
 * Demo data for a first start. Goes through `unitOfWork` like any request, so the seed
 * also proves the application role can do what the app needs. Does nothing when an
 * organisation already exists.
 */
export async function seedDemoData(
  db: Database,
  hashPassword: (password: string) => Promise<string>,
): Promise<boolean> {
  const platform = { tenantId: null, userId: null };
  const existing = await unitOfWork(db, platform, (tx) =>
    tx.select({ id: organisations.id }).from(organisations).limit(1),
  );
  if (existing.length > 0) return false;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const person = (email: string, name: string, locale: 'nl' | 'fr' | 'en') => ({
    email,
    name,
    locale,
    passwordHash,
  });

  const { deBrug, lePont, people } = await unitOfWork(db, platform, async (tx) => {
    const [deBrugRow, lePontRow] = await tx
      .insert(organisations)
      .values([
        { name: 'De Brug vzw', slug: 'de-brug', defaultLocale: 'nl' },
        { name: 'Le Pont asbl', slug: 'le-pont', defaultLocale: 'fr' },
      ])
      .returning();
    const inserted = await tx
      .insert(users)
      .values([
        person('admin@debrug.example', 'An Peeters', 'nl'),
        person('coordinator@debrug.example', 'Sofie Janssens', 'nl'),
        person('coach@debrug.example', 'Karim El Amrani', 'nl'),
        person('coordinator@lepont.example', 'Claire Dubois', 'fr'),
        person('operator@tandem.example', 'Tom Operator', 'en'),
      ])
      .returning();
    const byEmail = (email: string) => {
      const found = inserted.find((u) => u.email === email);
      if (!found) throw new Error(`seed user ${email} missing`);
      return found.id;
    };
    await tx.insert(platformOperators).values({ userId: byEmail('operator@tandem.example') });
    const [network] = await tx
      .insert(networks)
      .values({ name: 'Netwerk Mentoring naar Werk' })
      .returning();
    if (!deBrugRow || !lePontRow || !network) throw new Error('seed insert returned nothing');
    await tx.insert(networkMembers).values([
      { networkId: network.id, organisationId: deBrugRow.id },
      { networkId: network.id, organisationId: lePontRow.id },
    ]);
    return { deBrug: deBrugRow.id, lePont: lePontRow.id, people: byEmail };
  });

  await unitOfWork(db, { tenantId: deBrug, userId: null }, async (tx) => {
    await tx.insert(memberships).values([
      { tenantId: deBrug, userId: people('admin@debrug.example'), role: 'admin' },
      { tenantId: deBrug, userId: people('coordinator@debrug.example'), role: 'coordinator' },
      { tenantId: deBrug, userId: people('coach@debrug.example'), role: 'coach' },
    ]);
    await tx.insert(programmes).values([
      {
        tenantId: deBrug,
        name: 'Mentoring naar werk Antwerpen',
        description:
          'Vrijwillige mentoren begeleiden werkzoekenden zes maanden naar duurzaam werk.',
        languages: ['nl', 'en', 'ar'],
      },
      {
        tenantId: deBrug,
        name: 'Zomertraject jongeren',
        description: 'Een korter traject voor schoolverlaters tijdens de zomer.',
        languages: ['nl'],
        plannedDurationMonths: 4,
        shorterDurationReason: 'Sluit aan op het schooljaar; opvolging via de trajectbegeleider.',
        minContactFrequencyDays: 7,
      },
    ]);
  });

  await unitOfWork(db, { tenantId: lePont, userId: null }, async (tx) => {
    await tx.insert(memberships).values([
      { tenantId: lePont, userId: people('coordinator@lepont.example'), role: 'coordinator' },
      { tenantId: lePont, userId: people('coach@debrug.example'), role: 'coach' },
    ]);
    await tx.insert(programmes).values({
      tenantId: lePont,
      name: 'Mentorat vers l’emploi Bruxelles',
      description: 'Des mentors bénévoles accompagnent des chercheurs d’emploi pendant six mois.',
      languages: ['fr', 'nl'],
    });
  });
  return true;
}
