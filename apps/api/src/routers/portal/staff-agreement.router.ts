import { reissueAgreement } from '../../duos/duo-start.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import { ReissueAgreementInput } from './staff-agreement.schema.ts';

export const staffAgreementRouter = router({
  /** C5: after staff changed the duo's duration or contact frequency, both accept anew. */
  reissue: organisationProcedure('duo.manage')
    .input(ReissueAgreementInput)
    .mutation(async ({ ctx, input }) => {
      const agreement = await reissueAgreement(
        ctx.tx,
        input.matchId,
        { durationMonths: input.durationMonths, contactIntervalDays: input.contactIntervalDays },
        ctx.user.id,
      );
      return { id: agreement.id, version: agreement.version };
    }),
});
