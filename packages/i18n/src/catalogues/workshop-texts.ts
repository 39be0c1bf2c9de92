/**
 * Workshops for mentors (D5): kinds, the invitation, update and cancellation e-mails with
 * their calendar entry, and the errors of planning, inviting and registering.
 */
export const WORKSHOP_TEXTS = {
  nl: {
    'workshop.kind.peer_exchange': 'Uitwisseling tussen mentoren',
    'workshop.kind.extra_training': 'Extra vorming',
    'workshop.where_required': 'Geef een plaats of een onlinelink op.',
    'workshop.cancelled': 'Deze workshop is afgelast en kan niet meer wijzigen.',
    'workshop.started': 'Deze workshop is al begonnen: inschrijven of uitnodigen kan niet meer.',
    'workshop.not_started':
      'De workshop is nog niet begonnen: noteer de aanwezigheid pas achteraf.',
    'workshop.full': 'Deze workshop is volzet.',
    'workshop.mentor_not_eligible':
      'Nodig alleen mentoren uit van wie een duo op de dag van de workshop minstens drie maanden loopt.',
    'workshop.mail.invitation.subject': 'Uitnodiging: {theme} ({kind})',
    'workshop.mail.invitation.body':
      'Dag {name},\n\nJe bent welkom op onze workshop voor mentoren: {theme} ({kind}).\nWanneer: {when} ({duration} minuten)\nWaar: {where}\n\nSchrijf je in of meld je af via het portaal. De uitnodiging voor je agenda zit in bijlage.\n\nTot dan,\n{organisation}',
    'workshop.mail.update.subject': 'Gewijzigd: {theme}',
    'workshop.mail.update.body':
      'Dag {name},\n\nDe workshop {theme} ({kind}) is gewijzigd. Hij vindt nu plaats op {when} ({duration} minuten).\nWaar: {where}\n\nDe bijgewerkte uitnodiging zit in bijlage.\n\nTot dan,\n{organisation}',
    'workshop.mail.cancellation.subject': 'Afgelast: {theme}',
    'workshop.mail.cancellation.body':
      'Dag {name},\n\nDe workshop {theme} op {when} gaat niet door. We laten je weten wanneer er een nieuwe is.\n\nGroeten,\n{organisation}',
    'workshop.calendar.summary': 'Workshop: {theme}',
  },
  fr: {
    'workshop.kind.peer_exchange': 'Échange entre mentors',
    'workshop.kind.extra_training': 'Formation complémentaire',
    'workshop.where_required': 'Indiquez un lieu ou un lien en ligne.',
    'workshop.cancelled': 'Cet atelier est annulé et ne peut plus être modifié.',
    'workshop.started':
      'Cet atelier a déjà commencé : il n’est plus possible de s’inscrire ni d’inviter.',
    'workshop.not_started':
      'L’atelier n’a pas encore commencé : notez les présences une fois qu’il a eu lieu.',
    'workshop.full': 'Cet atelier est complet.',
    'workshop.mentor_not_eligible':
      'N’invitez que des mentors dont un duo dure depuis au moins trois mois le jour de l’atelier.',
    'workshop.mail.invitation.subject': 'Invitation : {theme} ({kind})',
    'workshop.mail.invitation.body':
      'Bonjour {name},\n\nNous vous invitons à notre atelier pour mentors : {theme} ({kind}).\nQuand : {when} ({duration} minutes)\nOù : {where}\n\nInscrivez-vous ou déclinez via le portail. L’invitation pour votre agenda est en pièce jointe.\n\nÀ bientôt,\n{organisation}',
    'workshop.mail.update.subject': 'Modifié : {theme}',
    'workshop.mail.update.body':
      'Bonjour {name},\n\nL’atelier {theme} ({kind}) a été modifié. Il aura lieu le {when} ({duration} minutes).\nOù : {where}\n\nL’invitation mise à jour est en pièce jointe.\n\nÀ bientôt,\n{organisation}',
    'workshop.mail.cancellation.subject': 'Annulé : {theme}',
    'workshop.mail.cancellation.body':
      'Bonjour {name},\n\nL’atelier {theme} du {when} n’aura pas lieu. Nous vous préviendrons du prochain.\n\nBien à vous,\n{organisation}',
    'workshop.calendar.summary': 'Atelier : {theme}',
  },
  en: {
    'workshop.kind.peer_exchange': 'Peer exchange between mentors',
    'workshop.kind.extra_training': 'Extra training',
    'workshop.where_required': 'Give a place or an online link.',
    'workshop.cancelled': 'This workshop was called off and can no longer change.',
    'workshop.started': 'This workshop has already started: registering or inviting is closed.',
    'workshop.not_started':
      'The workshop has not started yet: record attendance once it has taken place.',
    'workshop.full': 'This workshop is full.',
    'workshop.mentor_not_eligible':
      'Invite only mentors with a duo that has run at least three months on the workshop’s day.',
    'workshop.mail.invitation.subject': 'Invitation: {theme} ({kind})',
    'workshop.mail.invitation.body':
      'Dear {name},\n\nYou are welcome at our workshop for mentors: {theme} ({kind}).\nWhen: {when} ({duration} minutes)\nWhere: {where}\n\nRegister or decline in the portal. The invitation for your calendar is attached.\n\nSee you then,\n{organisation}',
    'workshop.mail.update.subject': 'Changed: {theme}',
    'workshop.mail.update.body':
      'Dear {name},\n\nThe workshop {theme} ({kind}) has changed. It now takes place on {when} ({duration} minutes).\nWhere: {where}\n\nThe updated invitation is attached.\n\nSee you then,\n{organisation}',
    'workshop.mail.cancellation.subject': 'Called off: {theme}',
    'workshop.mail.cancellation.body':
      'Dear {name},\n\nThe workshop {theme} on {when} will not take place. We will let you know about the next one.\n\nKind regards,\n{organisation}',
    'workshop.calendar.summary': 'Workshop: {theme}',
  },
} as const;
