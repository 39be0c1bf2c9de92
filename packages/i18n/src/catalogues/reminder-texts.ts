/**
 * Reminders sent by jobs (D2, D3) and the outbox's delivery states: the reminder e-mails,
 * the page that stops non-essential reminders, and what staff read about failed messages.
 */
export const REMINDER_TEXTS = {
  nl: {
    'reminder.contactDuo.subject': 'Tijd voor een contact met {other}?',
    'reminder.contactDuo.body':
      'Dag {name},\n\nSinds {since} is er geen contact meer genoteerd tussen jou en {other}. Jullie spraken af om elkaar minstens om de {interval} dagen te spreken.\n\nNeem contact op met elkaar en noteer het daarna in je portaal:\n{portalUrl}\n\nWil je deze herinneringen niet meer krijgen? Zet ze met één klik stop:\n{stopUrl}\n\nGroeten,\n{organisation}',
    'reminder.contactCoach.subject': {
      plural: 'count',
      one: 'Een duo heeft al een tijd geen contact meer',
      other: '{count} duo’s hebben al een tijd geen contact meer',
    },
    'reminder.contactCoach.body':
      'Dag {name},\n\nDeze duo’s hebben al meer dan een week langer dan afgesproken geen contact genoteerd, ook na een herinnering aan henzelf:\n{duos}\n\nBel hen eens op en noteer je opvolging op de pagina van het duo (de link staat bij elk duo).\n\nGroeten,\n{organisation}',
    'reminder.checkIn.subject': {
      plural: 'count',
      one: 'Een duo wacht op je opvolging',
      other: '{count} duo’s wachten op je opvolging',
    },
    'reminder.checkIn.body':
      'Dag {name},\n\nMet deze duo’s had je al meer dan zes weken geen opvolgingsgesprek:\n{duos}\n\nNeem contact op en noteer het gesprek op de pagina van het duo (de link staat bij elk duo).\n\nGroeten,\n{organisation}',
    'reminder.duoLine': '- {mentor} en {mentee} (laatste contact: {since})\n  {url}',
    'reminder.checkInLine': '- {mentor} en {mentee} (laatste opvolging: {since})\n  {url}',
    'reminder.stop.title': 'Herinneringen stopzetten',
    'reminder.stop.intro':
      'Je krijgt dan geen herinneringen meer over het contact in je duo van {organisation}. Berichten over de afspraken van je duo zelf blijven komen.',
    'reminder.stop.submit': 'Herinneringen stopzetten',
    'reminder.stop.done':
      'Klaar: je krijgt geen herinneringen meer. In je portaal kun je ze weer aanzetten.',
    'reminder.stop.already': 'Je herinneringen staan al uit.',
    'reminder.run.title': 'Herinneringen',
    'reminder.run.intro':
      'Tandem zet elk uur de herinneringen klaar die deze week nodig zijn: aan duo’s zonder recent contact en aan coaches. Zet ze nu al klaar als je ze vandaag wilt versturen. Wie deze week al een herinnering van die soort kreeg, krijgt er geen tweede.',
    'reminder.run.submit': 'Herinneringen nu klaarzetten',
    'reminder.run.done': {
      plural: 'count',
      one: '1 herinnering klaargezet.',
      other: '{count} herinneringen klaargezet.',
    },
    'reminder.run.none': 'Geen nieuwe herinneringen: wie er een nodig had, kreeg ze deze week al.',
    'portal.reminders.title': 'Herinneringen per e-mail',
    'portal.reminders.intro':
      'We mailen je een herinnering als er in je duo al een tijd geen contact meer genoteerd is. Berichten over afspraken krijg je altijd.',
    'portal.reminders.on': 'Aan: tik om ze uit te zetten',
    'portal.reminders.off': 'Uit: tik om ze weer aan te zetten',
    'reminders.stop_link_invalid':
      'Deze link om herinneringen stop te zetten klopt niet. Gebruik de link uit de laatste e-mail, of zet ze uit in je portaal.',
    'outbox.message_sending': 'Dit bericht wordt nu verstuurd. Kijk over een paar minuten opnieuw.',
    'outbox.not_failed':
      'Alleen een bericht dat niet verstuurd kon worden, kan opnieuw in de wachtrij.',
    'outbox.attempts': {
      plural: 'count',
      one: '1 poging',
      other: '{count} pogingen',
    },
    'outbox.nextAttempt': 'Volgende poging: {when}',
    'outbox.lastError': 'Waarom het niet lukte',
    'outbox.serverSaid': 'Antwoord van de mailserver: {detail}',
    'outbox.retry': 'Opnieuw proberen',
    'outbox.error.recipient_refused':
      'De mailserver weigerde dit adres. Kijk na of het e-mailadres klopt.',
    'outbox.error.server_refused': 'De mailserver weigerde het bericht.',
    'outbox.error.unreachable': 'De mailserver was niet bereikbaar.',
    'outbox.error.timeout': 'De mailserver antwoordde niet op tijd.',
    'outbox.error.authentication':
      'De mailserver weigerde de aanmelding van Tandem. Kijk de instellingen van SMTP_URL na.',
    'outbox.error.other': 'Het versturen mislukte.',
  },
  fr: {
    'reminder.contactDuo.subject': 'Un moment pour reprendre contact avec {other} ?',
    'reminder.contactDuo.body':
      'Bonjour {name},\n\nAucun contact entre {other} et vous n’a été noté depuis le {since}. Vous aviez convenu de vous parler au moins tous les {interval} jours.\n\nPrenez contact l’un avec l’autre, puis notez-le dans votre portail :\n{portalUrl}\n\nVous ne souhaitez plus recevoir ces rappels ? Arrêtez-les en un clic :\n{stopUrl}\n\nBien à vous,\n{organisation}',
    'reminder.contactCoach.subject': {
      plural: 'count',
      one: 'Un binôme n’a plus eu de contact depuis un moment',
      other: '{count} binômes n’ont plus eu de contact depuis un moment',
    },
    'reminder.contactCoach.body':
      'Bonjour {name},\n\nCes binômes n’ont noté aucun contact depuis plus d’une semaine au-delà de ce qui était convenu, malgré le rappel qu’ils ont reçu :\n{duos}\n\nUn coup de fil s’impose ; notez ensuite votre suivi sur la page du binôme (le lien figure sous chaque binôme).\n\nBien à vous,\n{organisation}',
    'reminder.checkIn.subject': {
      plural: 'count',
      one: 'Un binôme attend votre point de suivi',
      other: '{count} binômes attendent votre point de suivi',
    },
    'reminder.checkIn.body':
      'Bonjour {name},\n\nVous n’avez plus fait le point avec ces binômes depuis plus de six semaines :\n{duos}\n\nPrenez contact et notez l’entretien sur la page du binôme (le lien figure sous chaque binôme).\n\nBien à vous,\n{organisation}',
    'reminder.duoLine': '- {mentor} et {mentee} (dernier contact : {since})\n  {url}',
    'reminder.checkInLine': '- {mentor} et {mentee} (dernier suivi : {since})\n  {url}',
    'reminder.stop.title': 'Arrêter les rappels',
    'reminder.stop.intro':
      'Vous ne recevrez plus de rappels sur le contact dans votre binôme chez {organisation}. Les messages sur les rendez-vous de votre binôme continueront d’arriver.',
    'reminder.stop.submit': 'Arrêter les rappels',
    'reminder.stop.done':
      'C’est fait : vous ne recevrez plus de rappels. Vous pouvez les réactiver dans votre portail.',
    'reminder.stop.already': 'Vos rappels sont déjà arrêtés.',
    'reminder.run.title': 'Rappels',
    'reminder.run.intro':
      'Tandem prépare chaque heure les rappels nécessaires cette semaine : aux duos sans contact récent et aux coachs. Préparez-les maintenant si vous voulez les envoyer aujourd’hui. Qui a déjà reçu un rappel de ce type cette semaine n’en reçoit pas un deuxième.',
    'reminder.run.submit': 'Préparer les rappels maintenant',
    'reminder.run.done': {
      plural: 'count',
      one: '1 rappel préparé.',
      other: '{count} rappels préparés.',
    },
    'reminder.run.none':
      'Aucun nouveau rappel : les personnes qui en avaient besoin l’ont déjà reçu cette semaine.',
    'portal.reminders.title': 'Rappels par e-mail',
    'portal.reminders.intro':
      'Nous vous envoyons un rappel quand aucun contact n’a été noté dans votre binôme depuis un moment. Les messages sur vos rendez-vous vous parviennent toujours.',
    'portal.reminders.on': 'Activés : touchez pour les arrêter',
    'portal.reminders.off': 'Arrêtés : touchez pour les réactiver',
    'reminders.stop_link_invalid':
      'Ce lien pour arrêter les rappels n’est pas valable. Utilisez le lien du dernier e-mail, ou arrêtez-les dans votre portail.',
    'outbox.message_sending': 'Ce message est en cours d’envoi. Revenez dans quelques minutes.',
    'outbox.not_failed':
      'Seul un message qui n’a pas pu être envoyé peut être remis dans la file d’attente.',
    'outbox.attempts': {
      plural: 'count',
      one: '1 tentative',
      other: '{count} tentatives',
    },
    'outbox.nextAttempt': 'Prochaine tentative : {when}',
    'outbox.lastError': 'Pourquoi l’envoi a échoué',
    'outbox.serverSaid': 'Réponse du serveur de messagerie : {detail}',
    'outbox.retry': 'Réessayer',
    'outbox.error.recipient_refused':
      'Le serveur de messagerie a refusé cette adresse. Vérifiez l’adresse e-mail.',
    'outbox.error.server_refused': 'Le serveur de messagerie a refusé le message.',
    'outbox.error.unreachable': 'Le serveur de messagerie était injoignable.',
    'outbox.error.timeout': 'Le serveur de messagerie n’a pas répondu à temps.',
    'outbox.error.authentication':
      'Le serveur de messagerie a refusé la connexion de Tandem. Vérifiez le réglage SMTP_URL.',
    'outbox.error.other': 'L’envoi a échoué.',
  },
  en: {
    'reminder.contactDuo.subject': 'Time to get in touch with {other}?',
    'reminder.contactDuo.body':
      'Hello {name},\n\nNo contact between you and {other} has been logged since {since}. You agreed to talk at least every {interval} days.\n\nGet in touch with each other, then log it in your portal:\n{portalUrl}\n\nDon’t want these reminders any more? Stop them in one click:\n{stopUrl}\n\nBest wishes,\n{organisation}',
    'reminder.contactCoach.subject': {
      plural: 'count',
      one: 'A duo has not been in touch for a while',
      other: '{count} duos have not been in touch for a while',
    },
    'reminder.contactCoach.body':
      'Hello {name},\n\nThese duos have logged no contact for more than a week beyond what they agreed, even after a reminder to them:\n{duos}\n\nGive them a call and log your follow-up on the duo’s page (the link is under each duo).\n\nBest wishes,\n{organisation}',
    'reminder.checkIn.subject': {
      plural: 'count',
      one: 'A duo is waiting for your check-in',
      other: '{count} duos are waiting for your check-in',
    },
    'reminder.checkIn.body':
      'Hello {name},\n\nYou have not checked in with these duos for more than six weeks:\n{duos}\n\nGet in touch and log the check-in on the duo’s page (the link is under each duo).\n\nBest wishes,\n{organisation}',
    'reminder.duoLine': '- {mentor} and {mentee} (last contact: {since})\n  {url}',
    'reminder.checkInLine': '- {mentor} and {mentee} (last check-in: {since})\n  {url}',
    'reminder.stop.title': 'Stop reminders',
    'reminder.stop.intro':
      'You will no longer get reminders about contact in your duo at {organisation}. Messages about your duo’s own appointments still come.',
    'reminder.stop.submit': 'Stop reminders',
    'reminder.stop.done':
      'Done: you will get no more reminders. You can turn them back on in your portal.',
    'reminder.stop.already': 'Your reminders are already off.',
    'reminder.run.title': 'Reminders',
    'reminder.run.intro':
      'Every hour Tandem prepares the reminders needed this week: to duos without recent contact and to coaches. Prepare them now if you want to send them today. Anyone who already had a reminder of that kind this week does not get a second one.',
    'reminder.run.submit': 'Prepare reminders now',
    'reminder.run.done': {
      plural: 'count',
      one: '1 reminder prepared.',
      other: '{count} reminders prepared.',
    },
    'reminder.run.none': 'No new reminders: everyone who needed one has had it this week.',
    'portal.reminders.title': 'Reminders by e-mail',
    'portal.reminders.intro':
      'We e-mail you a reminder when no contact has been logged in your duo for a while. Messages about appointments always come.',
    'portal.reminders.on': 'On: tap to turn them off',
    'portal.reminders.off': 'Off: tap to turn them back on',
    'reminders.stop_link_invalid':
      'This link to stop reminders is not valid. Use the link in the latest e-mail, or turn them off in your portal.',
    'outbox.message_sending': 'This message is being sent right now. Look again in a few minutes.',
    'outbox.not_failed': 'Only a message that could not be sent can go back into the queue.',
    'outbox.attempts': {
      plural: 'count',
      one: '1 attempt',
      other: '{count} attempts',
    },
    'outbox.nextAttempt': 'Next attempt: {when}',
    'outbox.lastError': 'Why it failed',
    'outbox.serverSaid': 'The mail server answered: {detail}',
    'outbox.retry': 'Try again',
    'outbox.error.recipient_refused':
      'The mail server refused this address. Check the e-mail address.',
    'outbox.error.server_refused': 'The mail server refused the message.',
    'outbox.error.unreachable': 'The mail server could not be reached.',
    'outbox.error.timeout': 'The mail server did not answer in time.',
    'outbox.error.authentication':
      'The mail server refused Tandem’s sign-in. Check the SMTP_URL setting.',
    'outbox.error.other': 'Sending failed.',
  },
} as const;
