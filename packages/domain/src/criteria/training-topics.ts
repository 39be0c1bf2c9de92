import type { LocalisedText } from './locale.ts';

/** The ten topics A5 requires every mentor's training to cover, in the paper's order. */
export const TRAINING_TOPIC_IDS = [
  'definition',
  'programme_goals',
  'audience',
  'framework_methodology',
  'obligations_expectations',
  'limits',
  'mentor_attitude_tasks',
  'ethics_safety',
  'tools',
  'relationship_stages',
] as const;
export type TrainingTopicId = (typeof TRAINING_TOPIC_IDS)[number];

export const TRAINING_TOPIC_CATALOGUE = {
  definition: {
    nl: 'de definitie van mentoring',
    fr: 'la définition du mentorat',
    en: 'the definition of mentoring',
  },
  programme_goals: {
    nl: 'de doelen van het programma',
    fr: 'les objectifs du programme',
    en: 'the programme’s goals',
  },
  audience: {
    nl: 'een presentatie van het begeleide publiek en zijn specificiteiten',
    fr: 'une présentation du public accompagné et de ses spécificités',
    en: 'the audience served and its specifics',
  },
  framework_methodology: {
    nl: 'het kader en de methodologie',
    fr: 'le cadre et la méthodologie',
    en: 'the framework and methodology',
  },
  obligations_expectations: {
    nl: 'de verplichtingen met betrekking tot de relatie, verwachtingen',
    fr: 'les obligations liées à la relation, les attentes',
    en: 'the obligations of the relationship and expectations',
  },
  limits: {
    nl: 'grenzen van de relatie',
    fr: 'les limites de la relation',
    en: 'the limits of the relationship',
  },
  mentor_attitude_tasks: {
    nl: 'de houding en taken van de mentor',
    fr: 'l’attitude et les tâches du mentor',
    en: 'the mentor’s attitude and tasks',
  },
  ethics_safety: {
    nl: 'ethische en veiligheidselementen',
    fr: 'les éléments éthiques et de sécurité',
    en: 'ethics and safety',
  },
  tools: {
    nl: 'de beschikbare tools',
    fr: 'les outils disponibles',
    en: 'the tools available',
  },
  relationship_stages: {
    nl: 'de stappen in de mentorrelatie',
    fr: 'les étapes de la relation de mentorat',
    en: 'the stages of the mentoring relationship',
  },
} as const satisfies { readonly [T in TrainingTopicId]: LocalisedText };

const KNOWN_TOPICS: ReadonlySet<string> = new Set(TRAINING_TOPIC_IDS);

export function isTrainingTopicId(value: string): value is TrainingTopicId {
  return KNOWN_TOPICS.has(value);
}
