import type { Catalogue } from './types.ts';

/** Dutch as it is written in Flanders and Brussels. */
export const nl: Catalogue = {
  'meta.title': '{page} – Tandem',
  'meta.adminTitle': '{page} – Tandem beheer',

  'app.name': 'Tandem',
  'app.adminName': 'Tandem beheer',
  'app.tagline': 'Mentoring naar werk',

  'layout.skipToContent': 'Naar de inhoud',
  'layout.mainNavigation': 'Hoofdmenu',
  'layout.languageSwitch': 'Taal',
  'layout.signedInAs': 'Aangemeld als {name}',
  'layout.signOut': 'Afmelden',
  'layout.changePassword': 'Wachtwoord wijzigen',
  'layout.switchOrganisation': 'Andere organisatie kiezen',

  'form.errorSummaryTitle': 'Kijk dit even na',
  'form.required': 'verplicht',
  'form.optional': 'niet verplicht',
  'form.cancel': 'Annuleren',
  'form.saving': 'Bezig met bewaren…',

  'copy.button': 'Link kopiëren',
  'copy.done': 'Link gekopieerd',

  'role.admin': 'Beheerder',
  'role.coordinator': 'Coördinator',
  'role.coach': 'Coach',

  'signIn.title': 'Aanmelden',
  'signIn.intro': 'Meld je aan met het e-mailadres en het wachtwoord van je Tandem-account.',
  'signIn.adminIntro': 'De beheeromgeving is voor platformbeheerders.',
  'signIn.email': 'E-mailadres',
  'signIn.password': 'Wachtwoord',
  'signIn.submit': 'Aanmelden',
  'signIn.notOperator':
    'Alleen platformbeheerders kunnen de beheeromgeving gebruiken. Medewerkers van organisaties melden zich aan in de Tandem-app.',

  'home.title': 'Kies een organisatie',
  'home.intro': 'Je werkt met meer dan één organisatie. Welke wil je openen?',
  'home.noMemberships':
    'Je bent nog geen lid van een organisatie. Vraag de beheerder van je organisatie om je toe te voegen.',
  'home.yourRole': 'Jouw rol: {role}',

  'programme.list.title': 'Programma’s',
  'programme.list.intro': 'De mentoringprogramma’s van {organisation}.',
  'programme.list.empty': 'Er zijn nog geen programma’s.',
  'programme.list.create': 'Nieuw programma',
  'programme.list.updated': 'Bijgewerkt op {date}',

  'programme.field.name': 'Naam',
  'programme.field.description': 'Beschrijving',
  'programme.field.descriptionHint': 'Wat het programma aanbiedt, en voor wie.',
  'programme.field.languages': 'Talen',
  'programme.field.languagesHint': 'De talen waarin mentoren en werkzoekenden kunnen deelnemen.',
  'programme.field.languagesError': 'Kies minstens één taal.',
  'programme.field.plannedDurationMonths': 'Geplande duur in maanden',
  'programme.field.plannedDurationMonthsHint':
    'Een duo werkt minstens 6 maanden samen, tenzij er een goede reden is voor een korter programma.',
  'programme.field.shorterDurationReason': 'Waarom duurt het programma korter dan 6 maanden?',
  'programme.field.shorterDurationReasonHint': 'Alleen nodig als de duur korter is dan 6 maanden.',
  'programme.field.minContactFrequencyDays': 'Minimale contactfrequentie in dagen',
  'programme.field.minContactFrequencyDaysHint':
    'Mentor en werkzoekende hebben minstens één keer per zoveel dagen contact (1 tot 14).',

  'programme.detail.duration': {
    plural: 'count',
    one: '{count} maand',
    other: '{count} maanden',
  },
  'programme.detail.contactFrequency': {
    plural: 'count',
    one: 'Minstens elke dag',
    other: 'Minstens om de {count} dagen',
  },
  'programme.detail.languages': 'Talen',
  'programme.detail.plannedDuration': 'Geplande duur',
  'programme.detail.shorterDurationReason': 'Reden voor de kortere duur',
  'programme.detail.contact': 'Contact tussen mentor en werkzoekende',
  'programme.detail.noDescription': 'Nog geen beschrijving.',
  'programme.detail.lastUpdated': 'Laatst bijgewerkt op {date}',
  'programme.detail.edit': 'Programma bewerken',
  'programme.detail.readOnly': 'Alleen beheerders en coördinatoren kunnen een programma wijzigen.',
  'programme.detail.backToList': 'Alle programma’s',

  'programme.new.title': 'Nieuw programma',
  'programme.new.submit': 'Programma aanmaken',
  'programme.edit.title': 'Programma bewerken',
  'programme.edit.submit': 'Wijzigingen bewaren',

  'language.nl': 'Nederlands',
  'language.fr': 'Frans',
  'language.en': 'Engels',
  'language.de': 'Duits',
  'language.ar': 'Arabisch',
  'language.tr': 'Turks',
  'language.es': 'Spaans',
  'language.pt': 'Portugees',
  'language.pl': 'Pools',
  'language.ro': 'Roemeens',
  'language.ru': 'Russisch',
  'language.uk': 'Oekraïens',
  'language.fa': 'Perzisch (Farsi, Dari)',
  'language.ps': 'Pasjtoe',
  'language.so': 'Somalisch',
  'language.ti': 'Tigrinya',

  'password.hint': 'Minstens 12 tekens. Een zinnetje van een paar woorden onthoud je makkelijk.',
  'password.confirm': 'Herhaal het wachtwoord',
  'password.mismatch': 'De twee wachtwoorden zijn niet hetzelfde.',

  'setPassword.title': 'Kies je wachtwoord',
  'setPassword.intro':
    'Kies een wachtwoord voor je Tandem-account. Daarna ben je meteen aangemeld.',
  'setPassword.password': 'Nieuw wachtwoord',
  'setPassword.submit': 'Wachtwoord bewaren en aanmelden',
  'setPassword.missingToken':
    'Deze link is onvolledig. Open de volledige link die je kreeg, of vraag een nieuwe aan.',

  'changePassword.title': 'Wachtwoord wijzigen',
  'changePassword.intro':
    'Na de wijziging blijf je hier aangemeld en word je overal elders afgemeld.',
  'changePassword.currentPassword': 'Huidig wachtwoord',
  'changePassword.newPassword': 'Nieuw wachtwoord',
  'changePassword.submit': 'Wachtwoord wijzigen',
  'changePassword.done': 'Je wachtwoord is gewijzigd. Je andere toestellen zijn afgemeld.',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Deze pagina bestaat niet, of je hebt er geen toegang toe.',
  'errorPage.title': 'Er ging iets mis',
  'errorPage.body':
    'Probeer het zo meteen opnieuw. Blijft het misgaan, neem dan contact op met je beheerder.',
  'errorPage.home': 'Terug naar de startpagina',

  'csrf.title': 'Verzoek geweigerd',
  'csrf.body':
    'Dit formulier kwam niet van een Tandem-pagina, dus er is niets gebeurd. Ga terug naar Tandem en probeer het opnieuw.',
  'csrf.back': 'Terug naar Tandem',

  'admin.nav.organisations': 'Organisaties',
  'admin.nav.networks': 'Netwerken',

  'admin.organisations.title': 'Organisaties',
  'admin.organisations.intro': 'Elke organisatie op het platform beheert haar eigen programma’s.',
  'admin.organisations.empty': 'Er zijn nog geen organisaties.',
  'admin.organisations.create': 'Nieuwe organisatie',
  'admin.organisations.name': 'Naam',
  'admin.organisations.slug': 'Korte naam',
  'admin.organisations.defaultLocale': 'Standaardtaal',
  'admin.organisations.createdAt': 'Aangemaakt',

  'admin.newOrganisation.title': 'Nieuwe organisatie',
  'admin.newOrganisation.intro':
    'Maak de organisatie en haar eerste beheerder aan. Je krijgt een eenmalige link waarmee die persoon een wachtwoord kiest.',
  'admin.newOrganisation.name': 'Naam van de organisatie',
  'admin.newOrganisation.slug': 'Korte naam',
  'admin.newOrganisation.slugHint':
    'Kleine letters, cijfers en koppeltekens, bijvoorbeeld de-brug.',
  'admin.newOrganisation.defaultLocale': 'Standaardtaal',
  'admin.newOrganisation.adminName': 'Naam van de eerste beheerder',
  'admin.newOrganisation.adminEmail': 'E-mailadres van de eerste beheerder',
  'admin.newOrganisation.submit': 'Organisatie aanmaken',
  'admin.newOrganisation.createdTitle': '{organisation} is aangemaakt',
  'admin.newOrganisation.createdBody':
    'Bezorg deze eenmalige link aan {name} ({email}) om een wachtwoord te kiezen. Je ziet hem alleen nu.',
  'admin.newOrganisation.linkLabel': 'Eenmalige link',
  'admin.newOrganisation.existingAccount':
    '{name} ({email}) heeft al een Tandem-account en kan zich meteen aanmelden.',
  'admin.newOrganisation.backToList': 'Terug naar de organisaties',

  'admin.networks.title': 'Netwerken',
  'admin.networks.intro':
    'Een netwerk brengt organisaties samen die de kwaliteit van hun programma’s vergelijken.',
  'admin.networks.empty': 'Er zijn nog geen netwerken.',
  'admin.networks.createTitle': 'Nieuw netwerk',
  'admin.networks.name': 'Naam van het netwerk',
  'admin.networks.create': 'Netwerk aanmaken',
  'admin.networks.memberCount': {
    plural: 'count',
    zero: 'geen aangesloten organisaties',
    one: '{count} aangesloten organisatie',
    other: '{count} aangesloten organisaties',
  },
  'admin.networks.noMembers': 'Nog geen aangesloten organisaties.',
  'admin.networks.addMember': 'Organisatie toevoegen',
  'admin.networks.addMemberSubmit': 'Toevoegen',
  'admin.networks.chooseOrganisation': 'Kies een organisatie',
  'admin.networks.removeMember': 'Verwijderen',
  'admin.networks.removeMemberLabel': '{organisation} verwijderen uit {network}',
  'admin.networks.allMembers': 'Alle organisaties zijn al lid.',

  'auth.invalid_credentials': 'Het e-mailadres of het wachtwoord klopt niet.',
  'auth.rate_limited': {
    plural: 'retryAfterMinutes',
    one: 'Te veel pogingen. Probeer het over een minuut opnieuw.',
    other: 'Te veel pogingen. Probeer het over {retryAfterMinutes} minuten opnieuw.',
  },
  'auth.unauthenticated': 'Je sessie is afgelopen. Meld je opnieuw aan.',
  'auth.password_token_invalid':
    'Deze link is niet meer geldig. Vraag een nieuwe aan de persoon die hem stuurde.',
  'auth.current_password_wrong': 'Je huidige wachtwoord klopt niet.',
  forbidden: 'Je mag dit niet doen.',
  not_found: 'We vonden niet wat je zoekt.',
  'conflict.slug_taken': 'Deze korte naam is al in gebruik. Kies een andere.',
  'conflict.email_taken': 'Er bestaat al een account met dit e-mailadres.',
  'conflict.already_member': 'Deze organisatie is al lid van het netwerk.',
  internal: 'Er ging bij ons iets mis. Probeer het opnieuw.',
  'validation.invalid_input': 'Enkele velden moet je nog aanpassen.',
  'validation.required': 'Vul dit veld in.',
  'validation.too_short': {
    plural: 'minimum',
    one: 'Gebruik minstens {minimum} teken.',
    other: 'Gebruik minstens {minimum} tekens.',
  },
  'validation.too_long': {
    plural: 'maximum',
    one: 'Gebruik hoogstens {maximum} teken.',
    other: 'Gebruik hoogstens {maximum} tekens.',
  },
  'validation.too_small': 'Vul {minimum} of meer in.',
  'validation.too_big': 'Vul {maximum} of minder in.',
  'validation.invalid_email': 'Vul een e-mailadres in, zoals naam@voorbeeld.be.',
  'validation.invalid_format': 'Dit heeft niet de juiste vorm.',
  'validation.invalid_choice': 'Kies een van de mogelijkheden.',
  'validation.not_integer': 'Vul een geheel getal in.',
  'validation.password_too_short': 'Gebruik minstens {minimum} tekens voor je wachtwoord.',
  'programme.reason_required_below_six_months':
    'Leg uit waarom het programma korter duurt dan 6 maanden.',
};
