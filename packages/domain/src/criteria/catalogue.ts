import type { CriterionArea, CriterionId } from './ids.ts';
import type { LocalisedText } from './locale.ts';

/**
 * The 23 quality criteria of the position paper "Mentoring naar werk: welke
 * kwaliteitscriteria voor een duurzame impact?". The Dutch text is the paper's own wording
 * (authoritative); French and English are our renderings of it.
 */
export interface CriterionDefinition {
  readonly id: CriterionId;
  readonly area: CriterionArea;
  readonly title: LocalisedText;
  readonly text: LocalisedText;
}

export interface CriterionAreaDefinition {
  readonly id: CriterionArea;
  readonly title: LocalisedText;
}

export const CRITERION_AREA_CATALOGUE = {
  A: {
    id: 'A',
    title: {
      nl: 'Werving en selectie van mentoren',
      fr: 'Recrutement et sélection des mentors',
      en: 'Recruitment and selection of mentors',
    },
  },
  B: {
    id: 'B',
    title: {
      nl: 'Werving en selectie van mentees',
      fr: 'Recrutement et sélection des mentorés',
      en: 'Recruitment and selection of mentees',
    },
  },
  C: {
    id: 'C',
    title: {
      nl: 'Matching en start van het duo',
      fr: 'Matching et démarrage du duo',
      en: 'Matching and start of the duo',
    },
  },
  D: {
    id: 'D',
    title: {
      nl: 'Begeleiding en omkadering',
      fr: 'Accompagnement et encadrement',
      en: 'Guidance and support',
    },
  },
  E: {
    id: 'E',
    title: { nl: 'Einde en evaluatie', fr: 'Fin et évaluation', en: 'End and evaluation' },
  },
} as const satisfies { readonly [A in CriterionArea]: CriterionAreaDefinition };

export const CRITERION_CATALOGUE = {
  A1: {
    id: 'A1',
    area: 'A',
    title: {
      nl: 'Infosessie voor mentoren',
      fr: 'Séance d’information pour les mentors',
      en: 'Info session for mentors',
    },
    text: {
      nl: 'Het programma biedt tijdens een infosessie duidelijke informatie over: wie in aanmerking komt om mentor te zijn, de rol van de mentor en de verwachtingen met betrekking tot de positie van de mentor; de inhoud, voordelen en uitdagingen van het programma; het vrijwillig karakter van het engagement.',
      fr: 'Le programme donne, lors d’une séance d’information, une information claire sur : qui peut devenir mentor, le rôle du mentor et les attentes liées à cette fonction ; le contenu, les avantages et les défis du programme ; le caractère volontaire de l’engagement.',
      en: 'During an info session, the programme gives clear information on: who can be a mentor, the mentor’s role and what is expected of the position; the programme’s content, benefits and challenges; the voluntary nature of the commitment.',
    },
  },
  A2: {
    id: 'A2',
    area: 'A',
    title: {
      nl: 'Gediversifieerde werving van mentoren',
      fr: 'Recrutement diversifié des mentors',
      en: 'Diversified recruitment of mentors',
    },
    text: {
      nl: 'Het programma heeft een gediversifieerde wervingsstrategie voor mentoren.',
      fr: 'Le programme dispose d’une stratégie de recrutement diversifiée pour les mentors.',
      en: 'The programme has a diversified recruitment strategy for mentors.',
    },
  },
  A3: {
    id: 'A3',
    area: 'A',
    title: {
      nl: 'Persoonlijk gesprek met de mentor',
      fr: 'Entretien individuel avec le mentor',
      en: 'Personal interview with the mentor',
    },
    text: {
      nl: 'Het programma voorziet ten minste één persoonlijk gesprek met de mentor als onderdeel van de selectie/screening. Dit gesprek gaat minimaal in op de bereidheid om zich voor een bepaalde periode en met een bepaalde frequentie te engageren en test realistische verwachtingen over het programma.',
      fr: 'Le programme prévoit au moins un entretien individuel avec le mentor dans le cadre de la sélection. Cet entretien porte au minimum sur la disponibilité à s’engager pour une période et à une fréquence données, et vérifie que les attentes envers le programme sont réalistes.',
      en: 'The programme holds at least one personal interview with the mentor as part of selection/screening. It covers at minimum the willingness to commit for a given period and at a given frequency, and tests realistic expectations of the programme.',
    },
  },
  A4: {
    id: 'A4',
    area: 'A',
    title: {
      nl: 'Bevestiging of motief van weigering',
      fr: 'Confirmation ou motif du refus',
      en: 'Confirmation or reason for refusal',
    },
    text: {
      nl: 'Het programma bevestigt de inschrijving en communiceert in het andere geval het motief voor weigering.',
      fr: 'Le programme confirme l’inscription ou, dans le cas contraire, communique le motif du refus.',
      en: 'The programme confirms enrolment, or otherwise communicates the reason for refusal.',
    },
  },
  A5: {
    id: 'A5',
    area: 'A',
    title: {
      nl: 'Opleiding van mentoren',
      fr: 'Formation des mentors',
      en: 'Training of mentors',
    },
    text: {
      nl: 'Mentoren krijgen een opleiding voorafgaand aan of bij aanvang van de mentoringrelatie. Deze training behandelt de volgende onderwerpen: de definitie van mentoring; de doelen van het programma; een presentatie van het begeleide publiek en zijn specificiteiten; het kader en de methodologie; de verplichtingen met betrekking tot de relatie, verwachtingen; grenzen van de relatie; de houding en taken van de mentor; ethische en veiligheidselementen; de beschikbare tools; de stappen in de mentorrelatie.',
      fr: 'Les mentors reçoivent une formation avant ou au début de la relation de mentorat. Elle aborde les thèmes suivants : la définition du mentorat ; les objectifs du programme ; une présentation du public accompagné et de ses spécificités ; le cadre et la méthodologie ; les obligations liées à la relation, les attentes ; les limites de la relation ; l’attitude et les tâches du mentor ; les éléments éthiques et de sécurité ; les outils disponibles ; les étapes de la relation de mentorat.',
      en: 'Mentors are trained before or at the start of the mentoring relationship. The training covers: the definition of mentoring; the programme’s goals; the audience served and its specifics; the framework and methodology; the obligations of the relationship and expectations; the limits of the relationship; the mentor’s attitude and tasks; ethics and safety; the tools available; the stages of the mentoring relationship.',
    },
  },
  B1: {
    id: 'B1',
    area: 'B',
    title: {
      nl: 'Gediversifieerde werving van mentees en partnernetwerk',
      fr: 'Recrutement diversifié des mentorés et réseau de partenaires',
      en: 'Diversified recruitment of mentees and partner network',
    },
    text: {
      nl: 'Het programma heeft een gediversifieerde wervingsstrategie voor mentees en onderhoudt een netwerk van lokale partnerorganisaties die het programma kennen en ernaar doorverwijzen.',
      fr: 'Le programme dispose d’une stratégie de recrutement diversifiée pour les mentorés et entretient un réseau d’organisations partenaires locales qui connaissent le programme et y orientent des personnes.',
      en: 'The programme has a diversified recruitment strategy for mentees and maintains a network of local partner organisations that know the programme and refer to it.',
    },
  },
  B2: {
    id: 'B2',
    area: 'B',
    title: {
      nl: 'Infosessie voor mentees',
      fr: 'Séance d’information pour les mentorés',
      en: 'Info session for mentees',
    },
    text: {
      nl: 'Het programma biedt tijdens een infosessie duidelijke informatie over: wie in aanmerking komt om een mentee te zijn; de inhoud van het programma en welke voordelen en/of uitdagingen men (mogelijk) kan verwachten bij deelname aan het programma; het vrijwillige karakter van de relatie.',
      fr: 'Le programme donne, lors d’une séance d’information, une information claire sur : qui peut devenir mentoré ; le contenu du programme et les avantages et/ou les défis auxquels on peut s’attendre en y participant ; le caractère volontaire de la relation.',
      en: 'During an info session, the programme gives clear information on: who can be a mentee; the programme’s content and the benefits and/or challenges to expect from taking part; the voluntary nature of the relationship.',
    },
  },
  B3: {
    id: 'B3',
    area: 'B',
    title: {
      nl: 'Persoonlijk gesprek met de mentee',
      fr: 'Entretien individuel avec le mentoré',
      en: 'Personal interview with the mentee',
    },
    text: {
      nl: 'Het programma voorziet in ten minste één persoonlijk gesprek met de mentee als onderdeel van de selectie/screening. Dit gesprek gaat minimaal in op de bereidheid om zich voor een bepaalde periode en met een bepaalde frequentie te engageren en test realistische verwachtingen over het programma.',
      fr: 'Le programme prévoit au moins un entretien individuel avec le mentoré dans le cadre de la sélection. Cet entretien porte au minimum sur la disponibilité à s’engager pour une période et à une fréquence données, et vérifie que les attentes envers le programme sont réalistes.',
      en: 'The programme holds at least one personal interview with the mentee as part of selection/screening. It covers at minimum the willingness to commit for a given period and at a given frequency, and tests realistic expectations of the programme.',
    },
  },
  B4: {
    id: 'B4',
    area: 'B',
    title: {
      nl: 'Bevestiging of motief van weigering',
      fr: 'Confirmation ou motif du refus',
      en: 'Confirmation or reason for refusal',
    },
    text: {
      nl: 'Het programma bevestigt de inschrijving en communiceert in het andere geval het motief voor weigering.',
      fr: 'Le programme confirme l’inscription ou, dans le cas contraire, communique le motif du refus.',
      en: 'The programme confirms enrolment, or otherwise communicates the reason for refusal.',
    },
  },
  B5: {
    id: 'B5',
    area: 'B',
    title: {
      nl: 'Doorverwijzing naar passende ondersteuning',
      fr: 'Orientation vers un accompagnement plus adapté',
      en: 'Referral to more suitable support',
    },
    text: {
      nl: 'Het programma verwijst ongeschikte mentees door naar meer passende ondersteuning.',
      fr: 'Le programme oriente les mentorés pour qui il ne convient pas vers un accompagnement plus adapté.',
      en: 'The programme refers unsuitable mentees to more suitable support.',
    },
  },
  C1: {
    id: 'C1',
    area: 'C',
    title: {
      nl: 'De best mogelijke match',
      fr: 'Le meilleur matching possible',
      en: 'The best possible match',
    },
    text: {
      nl: 'Het programma zoekt de best mogelijke match wat betreft de nagestreefde doelen en hanteert duidelijke criteria (beschikbaarheid, locatie, leeftijd, professionele overeenkomsten, doelstelling, persoonlijkheid…).',
      fr: 'Le programme recherche le meilleur matching possible au regard des objectifs poursuivis et applique des critères clairs (disponibilité, lieu, âge, affinités professionnelles, objectif, personnalité…).',
      en: 'The programme looks for the best possible match for the goals pursued, with clear criteria (availability, location, age, professional similarity, goal, personality, …).',
    },
  },
  C2: {
    id: 'C2',
    area: 'C',
    title: {
      nl: 'Matching door het operationele team',
      fr: 'Matching par l’équipe opérationnelle',
      en: 'Matching by the operational team',
    },
    text: {
      nl: 'De matching gebeurt door het operationele team.',
      fr: 'Le matching est réalisé par l’équipe opérationnelle.',
      en: 'The matching is done by the operational team.',
    },
  },
  C3: {
    id: 'C3',
    area: 'C',
    title: {
      nl: 'Eerste ontmoeting op een neutrale locatie',
      fr: 'Première rencontre dans un lieu neutre',
      en: 'First meeting at a neutral location',
    },
    text: {
      nl: 'Het programma zorgt ervoor dat de eerste ontmoeting tussen mentor en mentee plaatsvindt op een neutrale locatie in de aanwezigheid van een coach/programmamedewerker.',
      fr: 'Le programme veille à ce que la première rencontre entre mentor et mentoré ait lieu dans un lieu neutre, en présence d’un coach ou d’un membre de l’équipe du programme.',
      en: 'The programme makes sure the first meeting between mentor and mentee takes place at a neutral location, with a coach or programme staff member present.',
    },
  },
  C4: {
    id: 'C4',
    area: 'C',
    title: {
      nl: 'Validatie van de match',
      fr: 'Validation du matching',
      en: 'Validation of the match',
    },
    text: {
      nl: 'De matching wordt na de eerste ontmoeting al dan niet gevalideerd door de mentor en de mentee.',
      fr: 'Après la première rencontre, le mentor et le mentoré valident (ou non) le matching.',
      en: 'After the first meeting, mentor and mentee each validate (or not) the match.',
    },
  },
  C5: {
    id: 'C5',
    area: 'C',
    title: {
      nl: 'Overeenkomst tussen mentor en mentee',
      fr: 'Convention entre mentor et mentoré',
      en: 'Agreement between mentor and mentee',
    },
    text: {
      nl: 'Als onderdeel van het programma wordt een contract of overeenkomst gesloten tussen de mentee en mentor, met daarin onder andere de duur, de frequentie van het contact, ethisch charter…',
      fr: 'Dans le cadre du programme, un contrat ou une convention est conclu entre le mentoré et le mentor, précisant notamment la durée, la fréquence des contacts, la charte éthique…',
      en: 'As part of the programme, a contract or agreement is made between mentee and mentor, setting out among other things the duration, the contact frequency, an ethical charter, …',
    },
  },
  D1: {
    id: 'D1',
    area: 'D',
    title: {
      nl: 'Minimumduur van 6 maanden',
      fr: 'Durée minimale de 6 mois',
      en: 'Minimum duration of 6 months',
    },
    text: {
      nl: 'Het programma heeft een minimumduur van 6 maanden.',
      fr: 'Le programme dure au moins 6 mois.',
      en: 'The programme lasts at least 6 months.',
    },
  },
  D2: {
    id: 'D2',
    area: 'D',
    title: {
      nl: 'Minstens tweewekelijks contact',
      fr: 'Un contact au moins tous les quinze jours',
      en: 'At least fortnightly contact',
    },
    text: {
      nl: 'Het programma stelt minimum een tweewekelijks contact tussen mentor en mentee voorop.',
      fr: 'Le programme prévoit au minimum un contact tous les quinze jours entre mentor et mentoré.',
      en: 'The programme sets at least fortnightly contact between mentor and mentee as a minimum.',
    },
  },
  D3: {
    id: 'D3',
    area: 'D',
    title: {
      nl: 'Vaste opvolging van elk duo',
      fr: 'Un suivi fixe pour chaque duo',
      en: 'A fixed staff member follows each duo',
    },
    text: {
      nl: 'Elk duo wordt opgevolgd door een vaste medewerker die regelmatig contact opneemt met de duo’s om zich ervan te verzekeren dat de mentorrelatie vlot verloopt, en te bemiddelen waar nodig.',
      fr: 'Chaque duo est suivi par un membre fixe de l’équipe qui prend régulièrement contact avec les duos pour s’assurer que la relation de mentorat se passe bien, et qui intervient en médiation si nécessaire.',
      en: 'Each duo is followed by a fixed staff member who contacts the duos regularly to make sure the mentoring relationship goes well, and mediates where needed.',
    },
  },
  D4: {
    id: 'D4',
    area: 'D',
    title: {
      nl: 'Ondersteunend materiaal',
      fr: 'Supports d’accompagnement',
      en: 'Supporting material',
    },
    text: {
      nl: 'Het programma voorziet ondersteunend materiaal voor mentoren en mentees, waaronder richtlijnen, begeleidingstools, processen, sociale kaart…',
      fr: 'Le programme met à disposition des mentors et des mentorés des supports d’accompagnement, dont des lignes directrices, des outils d’accompagnement, des procédures, une carte sociale…',
      en: 'The programme provides supporting material for mentors and mentees, including guidelines, coaching tools, processes, a social map, …',
    },
  },
  D5: {
    id: 'D5',
    area: 'D',
    title: {
      nl: 'Workshops voor mentoren',
      fr: 'Ateliers pour les mentors',
      en: 'Workshops for mentors',
    },
    text: {
      nl: 'Tijdens hun begeleidingsperiode kunnen mentoren deelnemen aan een workshop om ervaring uit te wisselen of aanvullende training te krijgen samen met andere mentoren.',
      fr: 'Pendant leur période d’accompagnement, les mentors peuvent participer à un atelier pour échanger leurs expériences ou suivre une formation complémentaire avec d’autres mentors.',
      en: 'During their mentoring period, mentors can join a workshop to exchange experience or get extra training together with other mentors.',
    },
  },
  E1: {
    id: 'E1',
    area: 'E',
    title: {
      nl: 'Vroegtijdig beëindigen is mogelijk',
      fr: 'Une fin anticipée est possible',
      en: 'Ending early is possible',
    },
    text: {
      nl: 'Het programma biedt de mogelijkheid om de mentorrelatie vroegtijdig te beëindigen.',
      fr: 'Le programme permet de mettre fin à la relation de mentorat de manière anticipée.',
      en: 'The programme makes it possible to end the mentoring relationship early.',
    },
  },
  E2: {
    id: 'E2',
    area: 'E',
    title: {
      nl: 'Laatste persoonlijke ontmoeting',
      fr: 'Dernière rencontre personnelle',
      en: 'Last personal meeting',
    },
    text: {
      nl: 'Het programma voorziet in een laatste persoonlijke ontmoeting tussen mentor en mentee (kan ook online plaatsvinden).',
      fr: 'Le programme prévoit une dernière rencontre personnelle entre mentor et mentoré (qui peut aussi avoir lieu en ligne).',
      en: 'The programme provides a last personal meeting between mentor and mentee (which may take place online).',
    },
  },
  E3: {
    id: 'E3',
    area: 'E',
    title: {
      nl: 'Evaluatie na afloop',
      fr: 'Évaluation à la fin du duo',
      en: 'Evaluation after the end',
    },
    text: {
      nl: 'Het programma voorziet in een evaluatie na de beëindiging van de duo’s.',
      fr: 'Le programme prévoit une évaluation après la fin des duos.',
      en: 'The programme provides an evaluation after the duos end.',
    },
  },
} as const satisfies { readonly [C in CriterionId]: CriterionDefinition & { readonly id: C } };
