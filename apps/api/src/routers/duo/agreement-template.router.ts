import { agreementTemplates, users } from '@tandem/db';
import { LOCALES } from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';
import { and, eq, sql } from 'drizzle-orm';
import { defaultAgreementTemplate } from '../../duos/agreement-text.ts';
import { programmeAgreementTexts } from '../../duos/duo-start.ts';
import { AppError } from '../../errors.ts';
import { requireProgramme } from '../../queries/programme.queries.ts';
import { router } from '../../trpc/init.ts';
import { organisationProcedure } from '../../trpc/procedures.ts';
import {
  GetAgreementTemplatesInput,
  PreviewAgreementTemplateInput,
  SaveAgreementTemplateInput,
} from './agreement-template.schema.ts';

/**
 * A programme's agreement templates (C5), one per language, written by the people who set
 * the programme up. Agreements already issued keep their exact text; an edit only reaches
 * the agreements issued after it.
 */
export const agreementTemplateRouter = router({
  /** Every language, with the catalogue's default wording where the programme wrote none. */
  get: organisationProcedure('programme.read')
    .input(GetAgreementTemplatesInput)
    .query(async ({ ctx, input }) => {
      const programme = await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const rows = await ctx.tx
        .select({ template: agreementTemplates, updatedByName: users.name })
        .from(agreementTemplates)
        .leftJoin(users, eq(users.id, agreementTemplates.updatedBy))
        .where(
          and(
            eq(agreementTemplates.tenantId, ctx.organisationId),
            eq(agreementTemplates.programmeId, programme.id),
          ),
        );
      return {
        durationMonths: programme.plannedDurationMonths,
        contactIntervalDays: programme.minContactFrequencyDays,
        templates: LOCALES.map((locale) => {
          const saved = rows.find((r) => r.template.locale === locale);
          if (!saved)
            return {
              locale,
              ...defaultAgreementTemplate(locale),
              isDefault: true,
              version: null,
              updatedAt: null,
              updatedByName: null,
            };
          const { template } = saved;
          return {
            locale,
            ethicalCharter: template.ethicalCharter,
            confidentiality: template.confidentiality,
            whenDifficult: template.whenDifficult,
            isDefault: false,
            version: template.version,
            updatedAt: template.updatedAt.toISOString(),
            updatedByName: saved.updatedByName,
          };
        }),
      };
    }),

  /** One language: a new template at version 1, or the next version of the saved one. */
  save: organisationProcedure('programme.write')
    .input(SaveAgreementTemplateInput)
    .mutation(async ({ ctx, input }) => {
      const programme = await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const texts = {
        ethicalCharter: input.ethicalCharter,
        confidentiality: input.confidentiality,
        whenDifficult: input.whenDifficult,
      };
      const [row] = await ctx.tx
        .insert(agreementTemplates)
        .values({
          tenantId: ctx.organisationId,
          programmeId: programme.id,
          locale: input.locale,
          ...texts,
          version: 1,
          updatedBy: ctx.user.id,
        })
        .onConflictDoUpdate({
          target: [
            agreementTemplates.tenantId,
            agreementTemplates.programmeId,
            agreementTemplates.locale,
          ],
          set: {
            ...texts,
            version: sql`${agreementTemplates.version} + 1`,
            updatedAt: sql`now()`,
            updatedBy: ctx.user.id,
          },
        })
        .returning();
      if (!row) throw new AppError('internal');
      return {
        locale: row.locale,
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
      };
    }),

  /**
   * The agreement in one language as a duo of this programme would receive it today: its
   * duration and contact frequency around the saved texts, or the draft as typed. The
   * participants' first names are placeholders. Sent as a mutation only because a draft is
   * too long for a query's address; it writes nothing.
   */
  preview: organisationProcedure('programme.read')
    .input(PreviewAgreementTemplateInput)
    .mutation(async ({ ctx, input }) => {
      const programme = await requireProgramme(ctx.tx, ctx.organisationId, input.programmeId);
      const { t } = createTranslator(input.locale);
      const values = {
        durationMonths: programme.plannedDurationMonths,
        contactIntervalDays: programme.minContactFrequencyDays,
      };
      const texts = await programmeAgreementTexts(
        ctx.tx,
        programme.id,
        {
          mentorFirstName: t('agreementTemplate.preview.mentor'),
          menteeFirstName: t('agreementTemplate.preview.mentee'),
          ...values,
        },
        input.draft ? { [input.locale]: input.draft } : {},
      );
      return { locale: input.locale, text: texts[input.locale], ...values };
    }),
});
