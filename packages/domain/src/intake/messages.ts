import { LOCALES, type Locale } from '../criteria/locale.ts';

/**
 * Decision messages (A4, B4): a confirmation when accepted, a refusal with its reason
 * otherwise, generated in the applicant's language from the programme's template or, when
 * the programme has none, from the catalogue's default letter.
 *
 * Placeholders: {{name}}, {{programme}}, {{organisation}}, {{reason}} (the reason's label),
 * {{reasonText}} (the free text staff wrote for the applicant).
 */
export const DECISION_MESSAGE_KINDS = ['confirmation', 'refusal'] as const;
export type DecisionMessageKind = (typeof DECISION_MESSAGE_KINDS)[number];

/** The languages every message exists in. */
export const MESSAGE_LOCALES = LOCALES;

export interface MessageTemplate {
  subject: string;
  body: string;
}

export interface DecisionMessageValues {
  name: string;
  programme: string;
  organisation: string;
  reason?: string;
  reasonText?: string;
}

const PLACEHOLDER = /\{\{\s*(name|programme|organisation|reason|reasonText)\s*\}\}/g;

/** Fills the known placeholders; anything else in the template is left as written. */
export function renderTemplate(
  template: MessageTemplate,
  values: DecisionMessageValues,
): MessageTemplate {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, key: keyof DecisionMessageValues) => values[key] ?? '');
  return { subject: fill(template.subject), body: fill(template.body) };
}

/**
 * The message for a decision, in the applicant's language, from the template that applies:
 * the programme's own for that kind and language, or the catalogue's default
 * (`decisionLetter.<kind>.subject|body` in `@tandem/i18n`). `reason` is the refusal reason as
 * the applicant reads it (`decisionLetter.reason.<code>`), empty for a confirmation.
 */
export function decisionMessage(input: {
  locale: Locale;
  template: MessageTemplate;
  values: Omit<DecisionMessageValues, 'reason'>;
  reason: string;
}): MessageTemplate & { locale: Locale } {
  return {
    ...renderTemplate(input.template, { ...input.values, reason: input.reason }),
    locale: input.locale,
  };
}
