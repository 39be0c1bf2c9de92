import type {
  DecisionMessageKind,
  IntakeRefusalReason,
  Locale,
  MessageTemplate,
} from '@tandem/domain';
import { createTranslator } from '@tandem/i18n';

/** The default letter of a kind in a language, as written in the catalogue (placeholders kept). */
export function defaultDecisionLetter(kind: DecisionMessageKind, locale: Locale): MessageTemplate {
  const { t } = createTranslator(locale);
  return { subject: t(`decisionLetter.${kind}.subject`), body: t(`decisionLetter.${kind}.body`) };
}

/** A refusal reason as the applicant reads it in their letter; nothing for a confirmation. */
export function refusalReasonForApplicant(
  reason: IntakeRefusalReason | null,
  locale: Locale,
): string {
  return reason ? createTranslator(locale).t(`decisionLetter.reason.${reason}`) : '';
}
