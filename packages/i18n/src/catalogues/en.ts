import type { Message } from '../message.ts';

/**
 * The English catalogue. Its keys are the keys of every catalogue.
 * Keys under auth., conflict., validation., forbidden, not_found and internal are the
 * error keys the API sends; the rest belong to the apps.
 */
export const en = {
  'meta.title': '{page} – Tandem',
  'meta.adminTitle': '{page} – Tandem admin',

  'app.name': 'Tandem',
  'app.adminName': 'Tandem admin',
  'app.tagline': 'Mentoring to work',

  'layout.skipToContent': 'Skip to main content',
  'layout.mainNavigation': 'Main navigation',
  'layout.languageSwitch': 'Language',
  'layout.signedInAs': 'Signed in as {name}',
  'layout.signOut': 'Sign out',
  'layout.changePassword': 'Change password',
  'layout.switchOrganisation': 'Switch organisation',

  'form.errorSummaryTitle': 'Please check the following',
  'form.required': 'required',
  'form.optional': 'optional',
  'form.cancel': 'Cancel',
  'form.saving': 'Saving…',

  'copy.button': 'Copy link',
  'copy.done': 'Link copied',

  'role.admin': 'Administrator',
  'role.coordinator': 'Coordinator',
  'role.coach': 'Coach',

  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in with the e-mail address and password of your Tandem account.',
  'signIn.adminIntro': 'The admin console is for platform operators.',
  'signIn.email': 'E-mail address',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.notOperator':
    'Only platform operators can use the admin console. Organisation staff sign in to the Tandem app.',

  'home.title': 'Choose an organisation',
  'home.intro': 'You work with more than one organisation. Which one do you want to open?',
  'home.noMemberships':
    'You are not a member of any organisation yet. Ask the administrator of your organisation to add you.',
  'home.yourRole': 'Your role: {role}',

  'programme.list.title': 'Programmes',
  'programme.list.intro': 'The mentoring programmes of {organisation}.',
  'programme.list.empty': 'There are no programmes yet.',
  'programme.list.create': 'New programme',
  'programme.list.updated': 'Updated {date}',

  'programme.field.name': 'Name',
  'programme.field.description': 'Description',
  'programme.field.descriptionHint': 'What the programme offers, and for whom.',
  'programme.field.languages': 'Languages',
  'programme.field.languagesHint': 'The languages in which mentors and job seekers can take part.',
  'programme.field.languagesError': 'Choose at least one language.',
  'programme.field.plannedDurationMonths': 'Planned duration in months',
  'programme.field.plannedDurationMonthsHint':
    'A duo works together for at least 6 months, unless there is a good reason for a shorter programme.',
  'programme.field.shorterDurationReason': 'Why is the programme shorter than 6 months?',
  'programme.field.shorterDurationReasonHint':
    'Only needed when the duration is less than 6 months.',
  'programme.field.minContactFrequencyDays': 'Minimum contact frequency in days',
  'programme.field.minContactFrequencyDaysHint':
    'Mentor and job seeker are in touch at least once in this many days (1 to 14).',

  'programme.detail.duration': {
    plural: 'count',
    one: '{count} month',
    other: '{count} months',
  },
  'programme.detail.contactFrequency': {
    plural: 'count',
    one: 'At least every day',
    other: 'At least every {count} days',
  },
  'programme.detail.languages': 'Languages',
  'programme.detail.plannedDuration': 'Planned duration',
  'programme.detail.shorterDurationReason': 'Reason for the shorter duration',
  'programme.detail.contact': 'Contact between mentor and job seeker',
  'programme.detail.noDescription': 'No description yet.',
  'programme.detail.lastUpdated': 'Last updated on {date}',
  'programme.detail.edit': 'Edit programme',
  'programme.detail.readOnly': 'Only administrators and coordinators can change a programme.',
  'programme.detail.backToList': 'All programmes',

  'programme.new.title': 'New programme',
  'programme.new.submit': 'Create programme',
  'programme.edit.title': 'Edit programme',
  'programme.edit.submit': 'Save changes',

  'language.nl': 'Dutch',
  'language.fr': 'French',
  'language.en': 'English',
  'language.de': 'German',
  'language.ar': 'Arabic',
  'language.tr': 'Turkish',
  'language.es': 'Spanish',
  'language.pt': 'Portuguese',
  'language.pl': 'Polish',
  'language.ro': 'Romanian',
  'language.ru': 'Russian',
  'language.uk': 'Ukrainian',
  'language.fa': 'Persian (Farsi, Dari)',
  'language.ps': 'Pashto',
  'language.so': 'Somali',
  'language.ti': 'Tigrinya',

  'password.hint': 'At least 12 characters. A sentence of a few words is easy to remember.',
  'password.confirm': 'Repeat the password',
  'password.mismatch': 'The two passwords are not the same.',

  'setPassword.title': 'Choose your password',
  'setPassword.intro':
    'Choose a password for your Tandem account. You will be signed in straight away.',
  'setPassword.password': 'New password',
  'setPassword.submit': 'Save password and sign in',
  'setPassword.missingToken':
    'This link is incomplete. Open the whole link you received, or ask for a new one.',

  'changePassword.title': 'Change password',
  'changePassword.intro':
    'After the change you stay signed in here and are signed out everywhere else.',
  'changePassword.currentPassword': 'Current password',
  'changePassword.newPassword': 'New password',
  'changePassword.submit': 'Change password',
  'changePassword.done': 'Your password has been changed. Other devices have been signed out.',

  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist, or you do not have access to it.',
  'errorPage.title': 'Something went wrong',
  'errorPage.body':
    'Please try again in a moment. If it keeps happening, contact your administrator.',
  'errorPage.home': 'Back to the start page',

  'csrf.title': 'Request refused',
  'csrf.body':
    'This form was not sent from a Tandem page, so nothing was done. Go back to Tandem and try again.',
  'csrf.back': 'Back to Tandem',

  'admin.nav.organisations': 'Organisations',
  'admin.nav.networks': 'Networks',

  'admin.organisations.title': 'Organisations',
  'admin.organisations.intro': 'Every organisation on the platform runs its own programmes.',
  'admin.organisations.empty': 'There are no organisations yet.',
  'admin.organisations.create': 'New organisation',
  'admin.organisations.name': 'Name',
  'admin.organisations.slug': 'Short name',
  'admin.organisations.defaultLocale': 'Default language',
  'admin.organisations.createdAt': 'Created',

  'admin.newOrganisation.title': 'New organisation',
  'admin.newOrganisation.intro':
    'Create the organisation and its first administrator. You will get a one-time link for that person to choose a password.',
  'admin.newOrganisation.name': 'Name of the organisation',
  'admin.newOrganisation.slug': 'Short name',
  'admin.newOrganisation.slugHint': 'Lower-case letters, digits and hyphens, for example de-brug.',
  'admin.newOrganisation.defaultLocale': 'Default language',
  'admin.newOrganisation.adminName': 'Name of the first administrator',
  'admin.newOrganisation.adminEmail': 'E-mail address of the first administrator',
  'admin.newOrganisation.submit': 'Create organisation',
  'admin.newOrganisation.createdTitle': '{organisation} has been created',
  'admin.newOrganisation.createdBody':
    'Send this one-time link to {name} ({email}) to choose a password. It is shown only now.',
  'admin.newOrganisation.linkLabel': 'One-time link',
  'admin.newOrganisation.existingAccount':
    '{name} ({email}) already has a Tandem account and can sign in with it straight away.',
  'admin.newOrganisation.backToList': 'Back to organisations',

  'admin.networks.title': 'Networks',
  'admin.networks.intro':
    'A network groups organisations that compare the quality of their programmes.',
  'admin.networks.empty': 'There are no networks yet.',
  'admin.networks.createTitle': 'New network',
  'admin.networks.name': 'Name of the network',
  'admin.networks.create': 'Create network',
  'admin.networks.memberCount': {
    plural: 'count',
    zero: 'no member organisations',
    one: '{count} member organisation',
    other: '{count} member organisations',
  },
  'admin.networks.noMembers': 'No member organisations yet.',
  'admin.networks.addMember': 'Add an organisation',
  'admin.networks.addMemberSubmit': 'Add',
  'admin.networks.chooseOrganisation': 'Choose an organisation',
  'admin.networks.removeMember': 'Remove',
  'admin.networks.removeMemberLabel': 'Remove {organisation} from {network}',
  'admin.networks.allMembers': 'Every organisation is already a member.',

  'auth.invalid_credentials': 'The e-mail address or the password is not correct.',
  'auth.rate_limited': {
    plural: 'retryAfterMinutes',
    one: 'Too many attempts. Try again in a minute.',
    other: 'Too many attempts. Try again in {retryAfterMinutes} minutes.',
  },
  'auth.unauthenticated': 'Your session has ended. Please sign in again.',
  'auth.password_token_invalid':
    'This link is no longer valid. Ask the person who sent it for a new one.',
  'auth.current_password_wrong': 'Your current password is not correct.',
  forbidden: 'You are not allowed to do this.',
  not_found: 'We could not find what you are looking for.',
  'conflict.slug_taken': 'This short name is already in use. Choose another one.',
  'conflict.email_taken': 'There is already an account with this e-mail address.',
  'conflict.already_member': 'This organisation is already a member of the network.',
  internal: 'Something went wrong on our side. Please try again.',
  'validation.invalid_input': 'Some fields need your attention.',
  'validation.required': 'Fill in this field.',
  'validation.too_short': {
    plural: 'minimum',
    one: 'Use at least {minimum} character.',
    other: 'Use at least {minimum} characters.',
  },
  'validation.too_long': {
    plural: 'maximum',
    one: 'Use at most {maximum} character.',
    other: 'Use at most {maximum} characters.',
  },
  'validation.too_small': 'Enter {minimum} or more.',
  'validation.too_big': 'Enter {maximum} or less.',
  'validation.invalid_email': 'Enter an e-mail address such as name@example.be.',
  'validation.invalid_format': 'This is not in the expected format.',
  'validation.invalid_choice': 'Choose one of the options.',
  'validation.not_integer': 'Enter a whole number.',
  'validation.password_too_short': 'Use at least {minimum} characters for your password.',
  'programme.reason_required_below_six_months':
    'Explain why the programme lasts less than 6 months.',
} as const satisfies Record<string, Message>;
