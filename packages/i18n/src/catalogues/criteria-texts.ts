/**
 * The 23 quality criteria of the position paper "Mentoring naar werk: welke
 * kwaliteitscriteria voor een duurzame impact?" and what is said about their indicators. The
 * Dutch text is the paper's own wording (authoritative); French and English are our
 * renderings of it. The domain names the keys (criterion and area IDs, statuses, measures,
 * target errors); the text lives here only.
 */
export const CRITERIA_TEXTS = {
  nl: {
    'criterion.area.A': 'Werving en selectie van mentoren',
    'criterion.area.B': 'Werving en selectie van mentees',
    'criterion.area.C': 'Matching en start van het duo',
    'criterion.area.D': 'Begeleiding en omkadering',
    'criterion.area.E': 'Einde en evaluatie',
    'criterion.A1.title': 'Infosessie voor mentoren',
    'criterion.A1.text':
      'Het programma biedt tijdens een infosessie duidelijke informatie over: wie in aanmerking komt om mentor te zijn, de rol van de mentor en de verwachtingen met betrekking tot de positie van de mentor; de inhoud, voordelen en uitdagingen van het programma; het vrijwillig karakter van het engagement.',
    'criterion.A2.title': 'Gediversifieerde werving van mentoren',
    'criterion.A2.text':
      'Het programma heeft een gediversifieerde wervingsstrategie voor mentoren.',
    'criterion.A3.title': 'Persoonlijk gesprek met de mentor',
    'criterion.A3.text':
      'Het programma voorziet ten minste één persoonlijk gesprek met de mentor als onderdeel van de selectie/screening. Dit gesprek gaat minimaal in op de bereidheid om zich voor een bepaalde periode en met een bepaalde frequentie te engageren en test realistische verwachtingen over het programma.',
    'criterion.A4.title': 'Bevestiging of motief van weigering',
    'criterion.A4.text':
      'Het programma bevestigt de inschrijving en communiceert in het andere geval het motief voor weigering.',
    'criterion.A5.title': 'Opleiding van mentoren',
    'criterion.A5.text':
      'Mentoren krijgen een opleiding voorafgaand aan of bij aanvang van de mentoringrelatie. Deze training behandelt de volgende onderwerpen: de definitie van mentoring; de doelen van het programma; een presentatie van het begeleide publiek en zijn specificiteiten; het kader en de methodologie; de verplichtingen met betrekking tot de relatie, verwachtingen; grenzen van de relatie; de houding en taken van de mentor; ethische en veiligheidselementen; de beschikbare tools; de stappen in de mentorrelatie.',
    'criterion.B1.title': 'Gediversifieerde werving van mentees en partnernetwerk',
    'criterion.B1.text':
      'Het programma heeft een gediversifieerde wervingsstrategie voor mentees en onderhoudt een netwerk van lokale partnerorganisaties die het programma kennen en ernaar doorverwijzen.',
    'criterion.B2.title': 'Infosessie voor mentees',
    'criterion.B2.text':
      'Het programma biedt tijdens een infosessie duidelijke informatie over: wie in aanmerking komt om een mentee te zijn; de inhoud van het programma en welke voordelen en/of uitdagingen men (mogelijk) kan verwachten bij deelname aan het programma; het vrijwillige karakter van de relatie.',
    'criterion.B3.title': 'Persoonlijk gesprek met de mentee',
    'criterion.B3.text':
      'Het programma voorziet in ten minste één persoonlijk gesprek met de mentee als onderdeel van de selectie/screening. Dit gesprek gaat minimaal in op de bereidheid om zich voor een bepaalde periode en met een bepaalde frequentie te engageren en test realistische verwachtingen over het programma.',
    'criterion.B4.title': 'Bevestiging of motief van weigering',
    'criterion.B4.text':
      'Het programma bevestigt de inschrijving en communiceert in het andere geval het motief voor weigering.',
    'criterion.B5.title': 'Doorverwijzing naar passende ondersteuning',
    'criterion.B5.text':
      'Het programma verwijst ongeschikte mentees door naar meer passende ondersteuning.',
    'criterion.C1.title': 'De best mogelijke match',
    'criterion.C1.text':
      'Het programma zoekt de best mogelijke match wat betreft de nagestreefde doelen en hanteert duidelijke criteria (beschikbaarheid, locatie, leeftijd, professionele overeenkomsten, doelstelling, persoonlijkheid…).',
    'criterion.C2.title': 'Matching door het operationele team',
    'criterion.C2.text': 'De matching gebeurt door het operationele team.',
    'criterion.C3.title': 'Eerste ontmoeting op een neutrale locatie',
    'criterion.C3.text':
      'Het programma zorgt ervoor dat de eerste ontmoeting tussen mentor en mentee plaatsvindt op een neutrale locatie in de aanwezigheid van een coach/programmamedewerker.',
    'criterion.C4.title': 'Validatie van de match',
    'criterion.C4.text':
      'De matching wordt na de eerste ontmoeting al dan niet gevalideerd door de mentor en de mentee.',
    'criterion.C5.title': 'Overeenkomst tussen mentor en mentee',
    'criterion.C5.text':
      'Als onderdeel van het programma wordt een contract of overeenkomst gesloten tussen de mentee en mentor, met daarin onder andere de duur, de frequentie van het contact, ethisch charter…',
    'criterion.D1.title': 'Minimumduur van 6 maanden',
    'criterion.D1.text': 'Het programma heeft een minimumduur van 6 maanden.',
    'criterion.D2.title': 'Minstens tweewekelijks contact',
    'criterion.D2.text':
      'Het programma stelt minimum een tweewekelijks contact tussen mentor en mentee voorop.',
    'criterion.D3.title': 'Vaste opvolging van elk duo',
    'criterion.D3.text':
      'Elk duo wordt opgevolgd door een vaste medewerker die regelmatig contact opneemt met de duo’s om zich ervan te verzekeren dat de mentorrelatie vlot verloopt, en te bemiddelen waar nodig.',
    'criterion.D4.title': 'Ondersteunend materiaal',
    'criterion.D4.text':
      'Het programma voorziet ondersteunend materiaal voor mentoren en mentees, waaronder richtlijnen, begeleidingstools, processen, sociale kaart…',
    'criterion.D5.title': 'Workshops voor mentoren',
    'criterion.D5.text':
      'Tijdens hun begeleidingsperiode kunnen mentoren deelnemen aan een workshop om ervaring uit te wisselen of aanvullende training te krijgen samen met andere mentoren.',
    'criterion.E1.title': 'Vroegtijdig beëindigen is mogelijk',
    'criterion.E1.text':
      'Het programma biedt de mogelijkheid om de mentorrelatie vroegtijdig te beëindigen.',
    'criterion.E2.title': 'Laatste persoonlijke ontmoeting',
    'criterion.E2.text':
      'Het programma voorziet in een laatste persoonlijke ontmoeting tussen mentor en mentee (kan ook online plaatsvinden).',
    'criterion.E3.title': 'Evaluatie na afloop',
    'criterion.E3.text': 'Het programma voorziet in een evaluatie na de beëindiging van de duo’s.',
    'indicator.status.met': 'Behaald',
    'indicator.status.partly': 'Deels behaald',
    'indicator.status.not_met': 'Niet behaald',
    'indicator.status.no_data': 'Geen gegevens',
    'indicator.measure.share': 'Aandeel',
    'indicator.measure.channel_count': 'Kanalen met minstens één aanmelding',
    'indicator.measure.largest_channel_share': 'Aandeel van het grootste kanaal',
    'indicator.measure.partner_count': 'Doorverwijzende partnerorganisaties',
    'indicator.measure.curriculum_coverage': 'Opleidingsonderwerpen in het curriculum',
    'indicator.measure.planned_duration': 'Geplande duur (maanden)',
    'indicator.measure.median_contact_gap_days': 'Mediane tijd tussen contacten (dagen)',
    'indicator.measure.kinds_reviewed': 'Soorten materiaal, herzien in de laatste 12 maanden',
    'indicator.measure.workshop_cadence': 'Periodes van 6 maanden met een workshop',
    'indicator.measure.workshop_attendance': 'Aanwezigheid op workshops',
    'indicator.measure.mentor_response_rate': 'Respons van mentoren',
    'indicator.measure.mentee_response_rate': 'Respons van mentees',
    'targets.not_an_object': 'Ongeldige doelen bij {path}',
    'targets.unknown_criterion': 'Onbekend criterium: {criterionId}',
    'targets.unknown_measure': '{criterionId} heeft geen meetwaarde {measure}',
    'targets.unknown_field': '{criterionId} {measure}: onbekend veld {field}',
    'targets.wrong_kind': '{criterionId} {measure}: {field} moet een getal zijn',
    'targets.share_out_of_range': '{criterionId} {measure}: {field} moet tussen 0% en 100% liggen',
    'targets.count_out_of_range':
      '{criterionId} {measure}: {field} moet een geheel getal van {min} tot {max} zijn',
    'targets.months_out_of_range':
      '{criterionId} {measure}: {field} moet tussen {min} en {max} maanden liggen',
    'targets.lower_above_target': '{criterionId} {measure}: de ondergrens ligt boven het doel',
    'targets.lower_below_target':
      '{criterionId} {measure}: de grens voor "deels" ligt onder het doel',
  },
  fr: {
    'criterion.area.A': 'Recrutement et sélection des mentors',
    'criterion.area.B': 'Recrutement et sélection des mentorés',
    'criterion.area.C': 'Matching et démarrage du duo',
    'criterion.area.D': 'Accompagnement et encadrement',
    'criterion.area.E': 'Fin et évaluation',
    'criterion.A1.title': 'Séance d’information pour les mentors',
    'criterion.A1.text':
      'Le programme donne, lors d’une séance d’information, une information claire sur : qui peut devenir mentor, le rôle du mentor et les attentes liées à cette fonction ; le contenu, les avantages et les défis du programme ; le caractère volontaire de l’engagement.',
    'criterion.A2.title': 'Recrutement diversifié des mentors',
    'criterion.A2.text':
      'Le programme dispose d’une stratégie de recrutement diversifiée pour les mentors.',
    'criterion.A3.title': 'Entretien individuel avec le mentor',
    'criterion.A3.text':
      'Le programme prévoit au moins un entretien individuel avec le mentor dans le cadre de la sélection. Cet entretien porte au minimum sur la disponibilité à s’engager pour une période et à une fréquence données, et vérifie que les attentes envers le programme sont réalistes.',
    'criterion.A4.title': 'Confirmation ou motif du refus',
    'criterion.A4.text':
      'Le programme confirme l’inscription ou, dans le cas contraire, communique le motif du refus.',
    'criterion.A5.title': 'Formation des mentors',
    'criterion.A5.text':
      'Les mentors reçoivent une formation avant ou au début de la relation de mentorat. Elle aborde les thèmes suivants : la définition du mentorat ; les objectifs du programme ; une présentation du public accompagné et de ses spécificités ; le cadre et la méthodologie ; les obligations liées à la relation, les attentes ; les limites de la relation ; l’attitude et les tâches du mentor ; les éléments éthiques et de sécurité ; les outils disponibles ; les étapes de la relation de mentorat.',
    'criterion.B1.title': 'Recrutement diversifié des mentorés et réseau de partenaires',
    'criterion.B1.text':
      'Le programme dispose d’une stratégie de recrutement diversifiée pour les mentorés et entretient un réseau d’organisations partenaires locales qui connaissent le programme et y orientent des personnes.',
    'criterion.B2.title': 'Séance d’information pour les mentorés',
    'criterion.B2.text':
      'Le programme donne, lors d’une séance d’information, une information claire sur : qui peut devenir mentoré ; le contenu du programme et les avantages et/ou les défis auxquels on peut s’attendre en y participant ; le caractère volontaire de la relation.',
    'criterion.B3.title': 'Entretien individuel avec le mentoré',
    'criterion.B3.text':
      'Le programme prévoit au moins un entretien individuel avec le mentoré dans le cadre de la sélection. Cet entretien porte au minimum sur la disponibilité à s’engager pour une période et à une fréquence données, et vérifie que les attentes envers le programme sont réalistes.',
    'criterion.B4.title': 'Confirmation ou motif du refus',
    'criterion.B4.text':
      'Le programme confirme l’inscription ou, dans le cas contraire, communique le motif du refus.',
    'criterion.B5.title': 'Orientation vers un accompagnement plus adapté',
    'criterion.B5.text':
      'Le programme oriente les mentorés pour qui il ne convient pas vers un accompagnement plus adapté.',
    'criterion.C1.title': 'Le meilleur matching possible',
    'criterion.C1.text':
      'Le programme recherche le meilleur matching possible au regard des objectifs poursuivis et applique des critères clairs (disponibilité, lieu, âge, affinités professionnelles, objectif, personnalité…).',
    'criterion.C2.title': 'Matching par l’équipe opérationnelle',
    'criterion.C2.text': 'Le matching est réalisé par l’équipe opérationnelle.',
    'criterion.C3.title': 'Première rencontre dans un lieu neutre',
    'criterion.C3.text':
      'Le programme veille à ce que la première rencontre entre mentor et mentoré ait lieu dans un lieu neutre, en présence d’un coach ou d’un membre de l’équipe du programme.',
    'criterion.C4.title': 'Validation du matching',
    'criterion.C4.text':
      'Après la première rencontre, le mentor et le mentoré valident (ou non) le matching.',
    'criterion.C5.title': 'Convention entre mentor et mentoré',
    'criterion.C5.text':
      'Dans le cadre du programme, un contrat ou une convention est conclu entre le mentoré et le mentor, précisant notamment la durée, la fréquence des contacts, la charte éthique…',
    'criterion.D1.title': 'Durée minimale de 6 mois',
    'criterion.D1.text': 'Le programme dure au moins 6 mois.',
    'criterion.D2.title': 'Un contact au moins tous les quinze jours',
    'criterion.D2.text':
      'Le programme prévoit au minimum un contact tous les quinze jours entre mentor et mentoré.',
    'criterion.D3.title': 'Un suivi fixe pour chaque duo',
    'criterion.D3.text':
      'Chaque duo est suivi par un membre fixe de l’équipe qui prend régulièrement contact avec les duos pour s’assurer que la relation de mentorat se passe bien, et qui intervient en médiation si nécessaire.',
    'criterion.D4.title': 'Supports d’accompagnement',
    'criterion.D4.text':
      'Le programme met à disposition des mentors et des mentorés des supports d’accompagnement, dont des lignes directrices, des outils d’accompagnement, des procédures, une carte sociale…',
    'criterion.D5.title': 'Ateliers pour les mentors',
    'criterion.D5.text':
      'Pendant leur période d’accompagnement, les mentors peuvent participer à un atelier pour échanger leurs expériences ou suivre une formation complémentaire avec d’autres mentors.',
    'criterion.E1.title': 'Une fin anticipée est possible',
    'criterion.E1.text':
      'Le programme permet de mettre fin à la relation de mentorat de manière anticipée.',
    'criterion.E2.title': 'Dernière rencontre personnelle',
    'criterion.E2.text':
      'Le programme prévoit une dernière rencontre personnelle entre mentor et mentoré (qui peut aussi avoir lieu en ligne).',
    'criterion.E3.title': 'Évaluation à la fin du duo',
    'criterion.E3.text': 'Le programme prévoit une évaluation après la fin des duos.',
    'indicator.status.met': 'Atteint',
    'indicator.status.partly': 'Partiellement atteint',
    'indicator.status.not_met': 'Non atteint',
    'indicator.status.no_data': 'Pas de données',
    'indicator.measure.share': 'Part',
    'indicator.measure.channel_count': 'Canaux avec au moins une candidature',
    'indicator.measure.largest_channel_share': 'Part du canal principal',
    'indicator.measure.partner_count': 'Organisations partenaires qui orientent',
    'indicator.measure.curriculum_coverage': 'Thèmes de formation couverts par le programme',
    'indicator.measure.planned_duration': 'Durée prévue (mois)',
    'indicator.measure.median_contact_gap_days': 'Intervalle médian entre contacts (jours)',
    'indicator.measure.kinds_reviewed': 'Types de supports revus ces 12 derniers mois',
    'indicator.measure.workshop_cadence': 'Périodes de 6 mois avec un atelier',
    'indicator.measure.workshop_attendance': 'Participation aux ateliers',
    'indicator.measure.mentor_response_rate': 'Taux de réponse des mentors',
    'indicator.measure.mentee_response_rate': 'Taux de réponse des mentorés',
    'targets.not_an_object': 'Objectifs invalides à {path}',
    'targets.unknown_criterion': 'Critère inconnu : {criterionId}',
    'targets.unknown_measure': '{criterionId} n’a pas de mesure {measure}',
    'targets.unknown_field': '{criterionId} {measure} : champ inconnu {field}',
    'targets.wrong_kind': '{criterionId} {measure} : {field} doit être un nombre',
    'targets.share_out_of_range':
      '{criterionId} {measure} : {field} doit être compris entre 0 % et 100 %',
    'targets.count_out_of_range':
      '{criterionId} {measure} : {field} doit être un entier de {min} à {max}',
    'targets.months_out_of_range':
      '{criterionId} {measure} : {field} doit être compris entre {min} et {max} mois',
    'targets.lower_above_target': '{criterionId} {measure} : le seuil minimal dépasse l’objectif',
    'targets.lower_below_target':
      '{criterionId} {measure} : le seuil « partiel » est sous l’objectif',
  },
  en: {
    'criterion.area.A': 'Recruitment and selection of mentors',
    'criterion.area.B': 'Recruitment and selection of mentees',
    'criterion.area.C': 'Matching and start of the duo',
    'criterion.area.D': 'Guidance and support',
    'criterion.area.E': 'End and evaluation',
    'criterion.A1.title': 'Info session for mentors',
    'criterion.A1.text':
      'During an info session, the programme gives clear information on: who can be a mentor, the mentor’s role and what is expected of the position; the programme’s content, benefits and challenges; the voluntary nature of the commitment.',
    'criterion.A2.title': 'Diversified recruitment of mentors',
    'criterion.A2.text': 'The programme has a diversified recruitment strategy for mentors.',
    'criterion.A3.title': 'Personal interview with the mentor',
    'criterion.A3.text':
      'The programme holds at least one personal interview with the mentor as part of selection/screening. It covers at minimum the willingness to commit for a given period and at a given frequency, and tests realistic expectations of the programme.',
    'criterion.A4.title': 'Confirmation or reason for refusal',
    'criterion.A4.text':
      'The programme confirms enrolment, or otherwise communicates the reason for refusal.',
    'criterion.A5.title': 'Training of mentors',
    'criterion.A5.text':
      'Mentors are trained before or at the start of the mentoring relationship. The training covers: the definition of mentoring; the programme’s goals; the audience served and its specifics; the framework and methodology; the obligations of the relationship and expectations; the limits of the relationship; the mentor’s attitude and tasks; ethics and safety; the tools available; the stages of the mentoring relationship.',
    'criterion.B1.title': 'Diversified recruitment of mentees and partner network',
    'criterion.B1.text':
      'The programme has a diversified recruitment strategy for mentees and maintains a network of local partner organisations that know the programme and refer to it.',
    'criterion.B2.title': 'Info session for mentees',
    'criterion.B2.text':
      'During an info session, the programme gives clear information on: who can be a mentee; the programme’s content and the benefits and/or challenges to expect from taking part; the voluntary nature of the relationship.',
    'criterion.B3.title': 'Personal interview with the mentee',
    'criterion.B3.text':
      'The programme holds at least one personal interview with the mentee as part of selection/screening. It covers at minimum the willingness to commit for a given period and at a given frequency, and tests realistic expectations of the programme.',
    'criterion.B4.title': 'Confirmation or reason for refusal',
    'criterion.B4.text':
      'The programme confirms enrolment, or otherwise communicates the reason for refusal.',
    'criterion.B5.title': 'Referral to more suitable support',
    'criterion.B5.text': 'The programme refers unsuitable mentees to more suitable support.',
    'criterion.C1.title': 'The best possible match',
    'criterion.C1.text':
      'The programme looks for the best possible match for the goals pursued, with clear criteria (availability, location, age, professional similarity, goal, personality, …).',
    'criterion.C2.title': 'Matching by the operational team',
    'criterion.C2.text': 'The matching is done by the operational team.',
    'criterion.C3.title': 'First meeting at a neutral location',
    'criterion.C3.text':
      'The programme makes sure the first meeting between mentor and mentee takes place at a neutral location, with a coach or programme staff member present.',
    'criterion.C4.title': 'Validation of the match',
    'criterion.C4.text':
      'After the first meeting, mentor and mentee each validate (or not) the match.',
    'criterion.C5.title': 'Agreement between mentor and mentee',
    'criterion.C5.text':
      'As part of the programme, a contract or agreement is made between mentee and mentor, setting out among other things the duration, the contact frequency, an ethical charter, …',
    'criterion.D1.title': 'Minimum duration of 6 months',
    'criterion.D1.text': 'The programme lasts at least 6 months.',
    'criterion.D2.title': 'At least fortnightly contact',
    'criterion.D2.text':
      'The programme sets at least fortnightly contact between mentor and mentee as a minimum.',
    'criterion.D3.title': 'A fixed staff member follows each duo',
    'criterion.D3.text':
      'Each duo is followed by a fixed staff member who contacts the duos regularly to make sure the mentoring relationship goes well, and mediates where needed.',
    'criterion.D4.title': 'Supporting material',
    'criterion.D4.text':
      'The programme provides supporting material for mentors and mentees, including guidelines, coaching tools, processes, a social map, …',
    'criterion.D5.title': 'Workshops for mentors',
    'criterion.D5.text':
      'During their mentoring period, mentors can join a workshop to exchange experience or get extra training together with other mentors.',
    'criterion.E1.title': 'Ending early is possible',
    'criterion.E1.text': 'The programme makes it possible to end the mentoring relationship early.',
    'criterion.E2.title': 'Last personal meeting',
    'criterion.E2.text':
      'The programme provides a last personal meeting between mentor and mentee (which may take place online).',
    'criterion.E3.title': 'Evaluation after the end',
    'criterion.E3.text': 'The programme provides an evaluation after the duos end.',
    'indicator.status.met': 'Met',
    'indicator.status.partly': 'Partly met',
    'indicator.status.not_met': 'Not met',
    'indicator.status.no_data': 'No data',
    'indicator.measure.share': 'Share',
    'indicator.measure.channel_count': 'Channels with at least one application',
    'indicator.measure.largest_channel_share': 'Largest channel’s share',
    'indicator.measure.partner_count': 'Referring partner organisations',
    'indicator.measure.curriculum_coverage': 'Training topics in the curriculum',
    'indicator.measure.planned_duration': 'Planned duration (months)',
    'indicator.measure.median_contact_gap_days': 'Median gap between contacts (days)',
    'indicator.measure.kinds_reviewed': 'Kinds of material reviewed in the last 12 months',
    'indicator.measure.workshop_cadence': '6-month periods with a workshop',
    'indicator.measure.workshop_attendance': 'Workshop attendance',
    'indicator.measure.mentor_response_rate': 'Mentor response rate',
    'indicator.measure.mentee_response_rate': 'Mentee response rate',
    'targets.not_an_object': 'Invalid targets at {path}',
    'targets.unknown_criterion': 'Unknown criterion: {criterionId}',
    'targets.unknown_measure': '{criterionId} has no measure {measure}',
    'targets.unknown_field': '{criterionId} {measure}: unknown field {field}',
    'targets.wrong_kind': '{criterionId} {measure}: {field} must be a number',
    'targets.share_out_of_range': '{criterionId} {measure}: {field} must be between 0% and 100%',
    'targets.count_out_of_range':
      '{criterionId} {measure}: {field} must be a whole number from {min} to {max}',
    'targets.months_out_of_range':
      '{criterionId} {measure}: {field} must be between {min} and {max} months',
    'targets.lower_above_target': '{criterionId} {measure}: the lower bound is above the target',
    'targets.lower_below_target': '{criterionId} {measure}: the "partly" bound is below the target',
  },
} as const;
