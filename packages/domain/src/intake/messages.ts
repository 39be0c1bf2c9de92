import { LOCALES, type Locale, type LocalisedText } from '../criteria/locale.ts';
import type { IntakeRefusalReason } from './rules.ts';

/**
 * Decision messages (A4, B4): a confirmation when accepted, a refusal with its reason
 * otherwise, generated in the applicant's language from the programme's template or, when
 * the programme has none, from these defaults.
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

export const DEFAULT_DECISION_TEMPLATES: {
  readonly [K in DecisionMessageKind]: { readonly [L in Locale]: MessageTemplate };
} = {
  confirmation: {
    nl: {
      subject: 'Welkom bij {{programme}}',
      body: 'Beste {{name}},\n\nFijn je te laten weten dat je deelname aan {{programme}} bevestigd is. We nemen snel contact op over de volgende stappen.\n\nMet vriendelijke groeten,\n{{organisation}}',
    },
    fr: {
      subject: 'Bienvenue dans {{programme}}',
      body: 'Bonjour {{name}},\n\nNous avons le plaisir de vous confirmer votre participation à {{programme}}. Nous vous contacterons bientôt pour les prochaines étapes.\n\nBien cordialement,\n{{organisation}}',
    },
    en: {
      subject: 'Welcome to {{programme}}',
      body: 'Dear {{name}},\n\nWe are glad to confirm your place in {{programme}}. We will be in touch soon about the next steps.\n\nKind regards,\n{{organisation}}',
    },
  },
  refusal: {
    nl: {
      subject: 'Je aanmelding voor {{programme}}',
      body: 'Beste {{name}},\n\nBedankt voor je interesse in {{programme}}. We kunnen je aanmelding helaas niet aanvaarden.\n\nReden: {{reason}}\n{{reasonText}}\n\nMet vriendelijke groeten,\n{{organisation}}',
    },
    fr: {
      subject: 'Votre candidature à {{programme}}',
      body: 'Bonjour {{name}},\n\nMerci de votre intérêt pour {{programme}}. Nous ne pouvons malheureusement pas retenir votre candidature.\n\nMotif : {{reason}}\n{{reasonText}}\n\nBien cordialement,\n{{organisation}}',
    },
    en: {
      subject: 'Your application to {{programme}}',
      body: 'Dear {{name}},\n\nThank you for your interest in {{programme}}. Unfortunately we cannot accept your application.\n\nReason: {{reason}}\n{{reasonText}}\n\nKind regards,\n{{organisation}}',
    },
  },
};

/** The reason as the applicant reads it in the refusal message. */
export const REFUSAL_REASON_LABELS: { readonly [R in IntakeRefusalReason]: LocalisedText } = {
  not_available_enough: {
    nl: 'je beschikbaarheid volstaat niet voor het programma',
    fr: 'vos disponibilités ne suffisent pas pour le programme',
    en: 'your availability is not enough for the programme',
  },
  expectations_unrealistic: {
    nl: 'je verwachtingen sluiten niet aan bij wat het programma kan bieden',
    fr: 'vos attentes ne correspondent pas à ce que le programme peut offrir',
    en: 'your expectations do not match what the programme can offer',
  },
  needs_other_support: {
    nl: 'een andere vorm van ondersteuning past beter bij je situatie',
    fr: 'un autre type d’accompagnement convient mieux à votre situation',
    en: 'another kind of support suits your situation better',
  },
  profile_mismatch: {
    nl: 'je profiel sluit niet aan bij dit programma',
    fr: 'votre profil ne correspond pas à ce programme',
    en: 'your profile does not match this programme',
  },
  withdrew: {
    nl: 'je hebt je aanmelding ingetrokken',
    fr: 'vous avez retiré votre candidature',
    en: 'you withdrew your application',
  },
  other: { nl: 'andere reden', fr: 'autre motif', en: 'other reason' },
};

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
 * The message for a decision, in the applicant's language: the programme's own template
 * when it has one for that kind and language, otherwise the default.
 */
export function decisionMessage(input: {
  kind: DecisionMessageKind;
  locale: Locale;
  template: MessageTemplate | null;
  values: Omit<DecisionMessageValues, 'reason'>;
  refusalReason: IntakeRefusalReason | null;
}): MessageTemplate & { locale: Locale } {
  const template = input.template ?? DEFAULT_DECISION_TEMPLATES[input.kind][input.locale];
  const reason = input.refusalReason
    ? REFUSAL_REASON_LABELS[input.refusalReason][input.locale]
    : '';
  return { ...renderTemplate(template, { ...input.values, reason }), locale: input.locale };
}
