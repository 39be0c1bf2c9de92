/**
 * The first meeting of a duo (C3) and the answers staff write down for participants (C4):
 * the invitation and cancellation e-mails, their errors, and the staff duo overview.
 */
export const FIRST_MEETING_TEXTS = {
  nl: {
    'firstMeeting.already_planned':
      'Voor dit duo staat al een eerste ontmoeting gepland. Verplaats of annuleer die eerst.',
    'firstMeeting.not_planned': 'Deze ontmoeting is niet meer gepland en kan niet meer wijzigen.',
    'firstMeeting.not_started':
      'De ontmoeting is nog niet begonnen: noteer pas achteraf of ze heeft plaatsgevonden.',
    'firstMeeting.staff_not_member': 'Kies een medewerker van deze organisatie.',
    'firstMeeting.mail.invitation.subject': 'Eerste ontmoeting van {mentor} en {mentee}',
    'firstMeeting.mail.invitation.body':
      'Dag {name},\n\nDe eerste ontmoeting van {mentor} en {mentee} is gepland op {when} ({duration} minuten).\nPlaats: {place}\nVan ons team is {staff} erbij.\n\nDe uitnodiging zit in bijlage; zet ze in je agenda.\n\nTot dan,\n{organisation}',
    'firstMeeting.mail.update.subject': 'Nieuw moment: eerste ontmoeting van {mentor} en {mentee}',
    'firstMeeting.mail.update.body':
      'Dag {name},\n\nDe eerste ontmoeting van {mentor} en {mentee} is verplaatst. Ze vindt nu plaats op {when} ({duration} minuten).\nPlaats: {place}\nVan ons team is {staff} erbij.\n\nDe bijgewerkte uitnodiging zit in bijlage.\n\nTot dan,\n{organisation}',
    'firstMeeting.mail.cancellation.subject':
      'Afgelast: eerste ontmoeting van {mentor} en {mentee}',
    'firstMeeting.mail.cancellation.body':
      'Dag {name},\n\nDe eerste ontmoeting van {mentor} en {mentee} op {when} gaat niet door. We nemen contact op om een nieuw moment af te spreken.\n\nGroeten,\n{organisation}',
    'firstMeeting.calendar.summary': 'Eerste ontmoeting {mentor} en {mentee}',
  },
  fr: {
    'firstMeeting.already_planned':
      'Une première rencontre est déjà prévue pour ce binôme. Déplacez-la ou annulez-la d’abord.',
    'firstMeeting.not_planned': 'Cette rencontre n’est plus prévue et ne peut plus être modifiée.',
    'firstMeeting.not_started':
      'La rencontre n’a pas encore commencé : indiquez après coup si elle a eu lieu.',
    'firstMeeting.staff_not_member': 'Choisissez un membre de l’équipe de cette organisation.',
    'firstMeeting.mail.invitation.subject': 'Première rencontre de {mentor} et {mentee}',
    'firstMeeting.mail.invitation.body':
      'Bonjour {name},\n\nLa première rencontre de {mentor} et {mentee} aura lieu le {when} ({duration} minutes).\nLieu : {place}\nPour notre équipe, {staff} sera présent·e.\n\nL’invitation est jointe à ce message : ajoutez-la à votre agenda.\n\nÀ bientôt,\n{organisation}',
    'firstMeeting.mail.update.subject':
      'Nouvelle date : première rencontre de {mentor} et {mentee}',
    'firstMeeting.mail.update.body':
      'Bonjour {name},\n\nLa première rencontre de {mentor} et {mentee} a été déplacée. Elle aura lieu le {when} ({duration} minutes).\nLieu : {place}\nPour notre équipe, {staff} sera présent·e.\n\nL’invitation mise à jour est jointe à ce message.\n\nÀ bientôt,\n{organisation}',
    'firstMeeting.mail.cancellation.subject':
      'Annulée : première rencontre de {mentor} et {mentee}',
    'firstMeeting.mail.cancellation.body':
      'Bonjour {name},\n\nLa première rencontre de {mentor} et {mentee} prévue le {when} n’aura pas lieu. Nous vous recontacterons pour fixer une nouvelle date.\n\nBien à vous,\n{organisation}',
    'firstMeeting.calendar.summary': 'Première rencontre {mentor} et {mentee}',
  },
  en: {
    'firstMeeting.already_planned':
      'A first meeting is already planned for this pair. Reschedule or cancel it first.',
    'firstMeeting.not_planned': 'This meeting is no longer planned and cannot be changed.',
    'firstMeeting.not_started':
      'The meeting has not started yet: record afterwards whether it took place.',
    'firstMeeting.staff_not_member': 'Choose a staff member of this organisation.',
    'firstMeeting.mail.invitation.subject': 'First meeting of {mentor} and {mentee}',
    'firstMeeting.mail.invitation.body':
      'Hello {name},\n\nThe first meeting of {mentor} and {mentee} is planned for {when} ({duration} minutes).\nPlace: {place}\nFrom our team, {staff} will be there.\n\nThe invitation is attached: add it to your calendar.\n\nSee you then,\n{organisation}',
    'firstMeeting.mail.update.subject': 'New time: first meeting of {mentor} and {mentee}',
    'firstMeeting.mail.update.body':
      'Hello {name},\n\nThe first meeting of {mentor} and {mentee} has moved. It now takes place on {when} ({duration} minutes).\nPlace: {place}\nFrom our team, {staff} will be there.\n\nThe updated invitation is attached.\n\nSee you then,\n{organisation}',
    'firstMeeting.mail.cancellation.subject': 'Cancelled: first meeting of {mentor} and {mentee}',
    'firstMeeting.mail.cancellation.body':
      'Hello {name},\n\nThe first meeting of {mentor} and {mentee} on {when} will not take place. We will be in touch to find a new time.\n\nKind regards,\n{organisation}',
    'firstMeeting.calendar.summary': 'First meeting {mentor} and {mentee}',
  },
} as const;
