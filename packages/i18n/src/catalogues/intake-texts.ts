/**
 * Intake's fixed wording: the topics an info session (A1/B2) and the mentor training (A5)
 * must cover, and the default decision letters (A4/B4) with the refusal reasons as the
 * applicant reads them. Letters keep their own `{{placeholder}}` syntax (see the domain's
 * `renderTemplate`): read them with `t(key)` and no params, so they come back as written.
 */
export const INTAKE_TEXTS = {
  nl: {
    'trainingTopic.definition': 'de definitie van mentoring',
    'trainingTopic.programme_goals': 'de doelen van het programma',
    'trainingTopic.audience': 'een presentatie van het begeleide publiek en zijn specificiteiten',
    'trainingTopic.framework_methodology': 'het kader en de methodologie',
    'trainingTopic.obligations_expectations':
      'de verplichtingen met betrekking tot de relatie, verwachtingen',
    'trainingTopic.limits': 'grenzen van de relatie',
    'trainingTopic.mentor_attitude_tasks': 'de houding en taken van de mentor',
    'trainingTopic.ethics_safety': 'ethische en veiligheidselementen',
    'trainingTopic.tools': 'de beschikbare tools',
    'trainingTopic.relationship_stages': 'de stappen in de mentorrelatie',
    'infoSessionTopic.mentor.eligibility_and_role':
      'wie in aanmerking komt om mentor te zijn, de rol van de mentor en de verwachtingen met betrekking tot de positie van de mentor',
    'infoSessionTopic.mentor.content_benefits_challenges':
      'de inhoud, voordelen en uitdagingen van het programma',
    'infoSessionTopic.mentor.voluntary_nature': 'het vrijwillig karakter van het engagement',
    'infoSessionTopic.mentee.eligibility_and_role': 'wie in aanmerking komt om een mentee te zijn',
    'infoSessionTopic.mentee.content_benefits_challenges':
      'de inhoud van het programma en welke voordelen en/of uitdagingen men (mogelijk) kan verwachten bij deelname aan het programma',
    'infoSessionTopic.mentee.voluntary_nature': 'het vrijwillige karakter van de relatie',
    'decisionLetter.reason.not_available_enough':
      'je beschikbaarheid volstaat niet voor het programma',
    'decisionLetter.reason.expectations_unrealistic':
      'je verwachtingen sluiten niet aan bij wat het programma kan bieden',
    'decisionLetter.reason.needs_other_support':
      'een andere vorm van ondersteuning past beter bij je situatie',
    'decisionLetter.reason.profile_mismatch': 'je profiel sluit niet aan bij dit programma',
    'decisionLetter.reason.withdrew': 'je hebt je aanmelding ingetrokken',
    'decisionLetter.reason.other': 'andere reden',
    'decisionLetter.confirmation.subject': 'Welkom bij {{programme}}',
    'decisionLetter.confirmation.body':
      'Beste {{name}},\n\nFijn je te laten weten dat je deelname aan {{programme}} bevestigd is. We nemen snel contact op over de volgende stappen.\n\nMet vriendelijke groeten,\n{{organisation}}',
    'decisionLetter.refusal.subject': 'Je aanmelding voor {{programme}}',
    'decisionLetter.refusal.body':
      'Beste {{name}},\n\nBedankt voor je interesse in {{programme}}. We kunnen je aanmelding helaas niet aanvaarden.\n\nReden: {{reason}}\n{{reasonText}}\n\nMet vriendelijke groeten,\n{{organisation}}',
  },
  fr: {
    'trainingTopic.definition': 'la définition du mentorat',
    'trainingTopic.programme_goals': 'les objectifs du programme',
    'trainingTopic.audience': 'une présentation du public accompagné et de ses spécificités',
    'trainingTopic.framework_methodology': 'le cadre et la méthodologie',
    'trainingTopic.obligations_expectations': 'les obligations liées à la relation, les attentes',
    'trainingTopic.limits': 'les limites de la relation',
    'trainingTopic.mentor_attitude_tasks': 'l’attitude et les tâches du mentor',
    'trainingTopic.ethics_safety': 'les éléments éthiques et de sécurité',
    'trainingTopic.tools': 'les outils disponibles',
    'trainingTopic.relationship_stages': 'les étapes de la relation de mentorat',
    'infoSessionTopic.mentor.eligibility_and_role':
      'qui peut devenir mentor, le rôle du mentor et les attentes liées à cette fonction',
    'infoSessionTopic.mentor.content_benefits_challenges':
      'le contenu, les avantages et les défis du programme',
    'infoSessionTopic.mentor.voluntary_nature': 'le caractère volontaire de l’engagement',
    'infoSessionTopic.mentee.eligibility_and_role': 'qui peut devenir mentoré',
    'infoSessionTopic.mentee.content_benefits_challenges':
      'le contenu du programme et les avantages et/ou les défis auxquels on peut s’attendre en y participant',
    'infoSessionTopic.mentee.voluntary_nature': 'le caractère volontaire de la relation',
    'decisionLetter.reason.not_available_enough':
      'vos disponibilités ne suffisent pas pour le programme',
    'decisionLetter.reason.expectations_unrealistic':
      'vos attentes ne correspondent pas à ce que le programme peut offrir',
    'decisionLetter.reason.needs_other_support':
      'un autre type d’accompagnement convient mieux à votre situation',
    'decisionLetter.reason.profile_mismatch': 'votre profil ne correspond pas à ce programme',
    'decisionLetter.reason.withdrew': 'vous avez retiré votre candidature',
    'decisionLetter.reason.other': 'autre motif',
    'decisionLetter.confirmation.subject': 'Bienvenue dans {{programme}}',
    'decisionLetter.confirmation.body':
      'Bonjour {{name}},\n\nNous avons le plaisir de vous confirmer votre participation à {{programme}}. Nous vous contacterons bientôt pour les prochaines étapes.\n\nBien cordialement,\n{{organisation}}',
    'decisionLetter.refusal.subject': 'Votre candidature à {{programme}}',
    'decisionLetter.refusal.body':
      'Bonjour {{name}},\n\nMerci de votre intérêt pour {{programme}}. Nous ne pouvons malheureusement pas retenir votre candidature.\n\nMotif : {{reason}}\n{{reasonText}}\n\nBien cordialement,\n{{organisation}}',
  },
  en: {
    'trainingTopic.definition': 'the definition of mentoring',
    'trainingTopic.programme_goals': 'the programme’s goals',
    'trainingTopic.audience': 'the audience served and its specifics',
    'trainingTopic.framework_methodology': 'the framework and methodology',
    'trainingTopic.obligations_expectations':
      'the obligations of the relationship and expectations',
    'trainingTopic.limits': 'the limits of the relationship',
    'trainingTopic.mentor_attitude_tasks': 'the mentor’s attitude and tasks',
    'trainingTopic.ethics_safety': 'ethics and safety',
    'trainingTopic.tools': 'the tools available',
    'trainingTopic.relationship_stages': 'the stages of the mentoring relationship',
    'infoSessionTopic.mentor.eligibility_and_role':
      'who can be a mentor, the mentor’s role and what is expected of the position',
    'infoSessionTopic.mentor.content_benefits_challenges':
      'the programme’s content, benefits and challenges',
    'infoSessionTopic.mentor.voluntary_nature': 'the voluntary nature of the commitment',
    'infoSessionTopic.mentee.eligibility_and_role': 'who can be a mentee',
    'infoSessionTopic.mentee.content_benefits_challenges':
      'the programme’s content and the benefits and/or challenges to expect from taking part',
    'infoSessionTopic.mentee.voluntary_nature': 'the voluntary nature of the relationship',
    'decisionLetter.reason.not_available_enough':
      'your availability is not enough for the programme',
    'decisionLetter.reason.expectations_unrealistic':
      'your expectations do not match what the programme can offer',
    'decisionLetter.reason.needs_other_support':
      'another kind of support suits your situation better',
    'decisionLetter.reason.profile_mismatch': 'your profile does not match this programme',
    'decisionLetter.reason.withdrew': 'you withdrew your application',
    'decisionLetter.reason.other': 'other reason',
    'decisionLetter.confirmation.subject': 'Welcome to {{programme}}',
    'decisionLetter.confirmation.body':
      'Dear {{name}},\n\nWe are glad to confirm your place in {{programme}}. We will be in touch soon about the next steps.\n\nKind regards,\n{{organisation}}',
    'decisionLetter.refusal.subject': 'Your application to {{programme}}',
    'decisionLetter.refusal.body':
      'Dear {{name}},\n\nThank you for your interest in {{programme}}. Unfortunately we cannot accept your application.\n\nReason: {{reason}}\n{{reasonText}}\n\nKind regards,\n{{organisation}}',
  },
} as const;
