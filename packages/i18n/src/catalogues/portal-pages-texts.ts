/**
 * The participant portal's pages beyond what the sign-in mail and the agreement need:
 * headings and labels of the home, first meeting and sign-in link pages.
 */
export const PORTAL_PAGES_TEXTS = {
  nl: {
    'portal.home.now': 'Wat nu?',
    'portal.meeting.when': 'Wanneer',
    'portal.meeting.where': 'Waar',
    'portal.meeting.duration': {
      plural: 'minutes',
      one: '{minutes} minuut',
      other: '{minutes} minuten',
    },
    'portal.link.invalidTitle': 'Deze link werkt niet meer',
    'portal.choose.none': 'Er is nog geen organisatie om je bij aan te melden.',
  },
  fr: {
    'portal.home.now': 'Et maintenant ?',
    'portal.meeting.when': 'Quand',
    'portal.meeting.where': 'Où',
    'portal.meeting.duration': {
      plural: 'minutes',
      one: '{minutes} minute',
      other: '{minutes} minutes',
    },
    'portal.link.invalidTitle': 'Ce lien ne fonctionne plus',
    'portal.choose.none': 'Il n’y a pas encore d’organisation où vous connecter.',
  },
  en: {
    'portal.home.now': 'What now?',
    'portal.meeting.when': 'When',
    'portal.meeting.where': 'Where',
    'portal.meeting.duration': {
      plural: 'minutes',
      one: '{minutes} minute',
      other: '{minutes} minutes',
    },
    'portal.link.invalidTitle': 'This link no longer works',
    'portal.choose.none': 'There is no organisation to sign in at yet.',
  },
} as const;
