import { organisations, type Transaction } from '@tandem/db';
import { eq } from 'drizzle-orm';
import {
  exportPersonalData,
  type Person,
  personOfApplication,
  personOfParticipant,
  recordExport,
} from '../../personal-data/personal-data-export.ts';
import { personalDataPdf } from '../../personal-data/personal-data-pdf.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure, participantProcedure } from '../../trpc/procedures.ts';
import { PersonalDataInput, PortalPersonalDataInput } from './personal-data.schema.ts';

interface ExportUnit {
  tx: Transaction;
  organisationId: string;
  organisationName: string;
  actorUserId: string;
}

/** Reads the person's data, then records in the same transaction who exported it, and how. */
async function exportAndRecord(unit: ExportUnit, person: Person, format: 'json' | 'pdf') {
  const data = await exportPersonalData(unit.tx, unit.organisationName, person);
  await recordExport(unit.tx, { ...unit, person, format });
  return data;
}

const staffProcedure = organisationProcedure('personalData.manage').input(PersonalDataInput);

async function staffUnit(ctx: { tx: Transaction; organisationId: string; user: { id: string } }) {
  const [organisation] = await ctx.tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, ctx.organisationId));
  return {
    tx: ctx.tx,
    organisationId: ctx.organisationId,
    organisationName: organisation?.name ?? '',
    actorUserId: ctx.user.id,
  };
}

/**
 * Access and portability (GDPR art. 15 and 20) for staff: everything the organisation holds
 * about the person behind an application, as JSON and as a document in their language.
 */
export const personalDataRouter = router({
  export: staffProcedure.mutation(async ({ ctx, input }) =>
    exportAndRecord(
      await staffUnit(ctx),
      await personOfApplication(ctx.tx, input.applicationId),
      'json',
    ),
  ),
  exportPdf: staffProcedure.mutation(async ({ ctx, input }) =>
    personalDataPdf(
      await exportAndRecord(
        await staffUnit(ctx),
        await personOfApplication(ctx.tx, input.applicationId),
        'pdf',
      ),
    ),
  ),
});

const ownProcedure = participantProcedure.input(PortalPersonalDataInput);

const ownUnit = (ctx: {
  tx: Transaction;
  organisationId: string;
  organisationName: string;
  user: { id: string };
}) => ({ ...ctx, actorUserId: ctx.user.id });

/**
 * A mentor's or mentee's own data from the portal: the same export, read in their
 * participant unit of work, so row-level security decides what it contains.
 */
export const portalPersonalDataRouter = router({
  export: ownProcedure.mutation(async ({ ctx }) =>
    exportAndRecord(ownUnit(ctx), await personOfParticipant(ctx.tx, ctx.user.id), 'json'),
  ),
  exportPdf: ownProcedure.mutation(async ({ ctx }) =>
    personalDataPdf(
      await exportAndRecord(ownUnit(ctx), await personOfParticipant(ctx.tx, ctx.user.id), 'pdf'),
    ),
  ),
});
