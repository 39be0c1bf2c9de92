import type { LocalisedText } from './locale.ts';

/**
 * The three things an info session must make clear (A1 for mentors, B2 for mentees). The
 * IDs are shared by both audiences because the paper lists the same three slots for each;
 * only the wording differs (a mentor hears about the role and its expectations, a mentee
 * about who can take part).
 */
export const INFO_SESSION_TOPIC_IDS = [
  'eligibility_and_role',
  'content_benefits_challenges',
  'voluntary_nature',
] as const;
export type InfoSessionTopicId = (typeof INFO_SESSION_TOPIC_IDS)[number];

export type InfoSessionAudience = 'mentor' | 'mentee';

export const INFO_SESSION_TOPIC_CATALOGUE = {
  mentor: {
    eligibility_and_role: {
      nl: 'wie in aanmerking komt om mentor te zijn, de rol van de mentor en de verwachtingen met betrekking tot de positie van de mentor',
      fr: 'qui peut devenir mentor, le rôle du mentor et les attentes liées à cette fonction',
      en: 'who can be a mentor, the mentor’s role and what is expected of the position',
    },
    content_benefits_challenges: {
      nl: 'de inhoud, voordelen en uitdagingen van het programma',
      fr: 'le contenu, les avantages et les défis du programme',
      en: 'the programme’s content, benefits and challenges',
    },
    voluntary_nature: {
      nl: 'het vrijwillig karakter van het engagement',
      fr: 'le caractère volontaire de l’engagement',
      en: 'the voluntary nature of the commitment',
    },
  },
  mentee: {
    eligibility_and_role: {
      nl: 'wie in aanmerking komt om een mentee te zijn',
      fr: 'qui peut devenir mentoré',
      en: 'who can be a mentee',
    },
    content_benefits_challenges: {
      nl: 'de inhoud van het programma en welke voordelen en/of uitdagingen men (mogelijk) kan verwachten bij deelname aan het programma',
      fr: 'le contenu du programme et les avantages et/ou les défis auxquels on peut s’attendre en y participant',
      en: 'the programme’s content and the benefits and/or challenges to expect from taking part',
    },
    voluntary_nature: {
      nl: 'het vrijwillige karakter van de relatie',
      fr: 'le caractère volontaire de la relation',
      en: 'the voluntary nature of the relationship',
    },
  },
} as const satisfies {
  readonly [A in InfoSessionAudience]: { readonly [T in InfoSessionTopicId]: LocalisedText };
};
