import type { Catalogue } from './types.ts';

/** French as it is written in Wallonia and Brussels. */
export const fr: Catalogue = {
  'meta.title': '{page} – Tandem',
  'meta.adminTitle': '{page} – Tandem administration',

  'app.name': 'Tandem',
  'app.adminName': 'Tandem administration',
  'app.tagline': 'Le mentorat vers l’emploi',

  'layout.skipToContent': 'Aller au contenu',
  'layout.mainNavigation': 'Menu principal',
  'layout.languageSwitch': 'Langue',
  'layout.signedInAs': 'Connecté·e en tant que {name}',
  'layout.signOut': 'Se déconnecter',
  'layout.changePassword': 'Changer de mot de passe',
  'layout.switchOrganisation': 'Choisir une autre organisation',

  'form.errorSummaryTitle': 'Merci de vérifier ces points',
  'form.required': 'obligatoire',
  'form.optional': 'facultatif',
  'form.cancel': 'Annuler',
  'form.saving': 'Enregistrement…',

  'copy.button': 'Copier le lien',
  'copy.done': 'Lien copié',

  'role.admin': 'Administrateur·rice',
  'role.coordinator': 'Coordinateur·rice',
  'role.coach': 'Coach',

  'signIn.title': 'Se connecter',
  'signIn.intro': 'Connectez-vous avec l’adresse e-mail et le mot de passe de votre compte Tandem.',
  'signIn.adminIntro':
    'La console d’administration est réservée aux gestionnaires de la plateforme.',
  'signIn.email': 'Adresse e-mail',
  'signIn.password': 'Mot de passe',
  'signIn.submit': 'Se connecter',
  'signIn.notOperator':
    'Seuls les gestionnaires de la plateforme ont accès à la console d’administration. Le personnel des organisations se connecte à l’application Tandem.',

  'home.title': 'Choisissez une organisation',
  'home.intro': 'Vous travaillez avec plusieurs organisations. Laquelle voulez-vous ouvrir ?',
  'home.noMemberships':
    'Vous n’êtes encore membre d’aucune organisation. Demandez à l’administrateur·rice de votre organisation de vous ajouter.',
  'home.yourRole': 'Votre rôle : {role}',

  'programme.list.title': 'Programmes',
  'programme.list.intro': 'Les programmes de mentorat de {organisation}.',
  'programme.list.empty': 'Il n’y a pas encore de programme.',
  'programme.list.create': 'Nouveau programme',
  'programme.list.updated': 'Mis à jour le {date}',

  'programme.field.name': 'Nom',
  'programme.field.description': 'Description',
  'programme.field.descriptionHint': 'Ce que propose le programme, et pour qui.',
  'programme.field.languages': 'Langues',
  'programme.field.languagesHint':
    'Les langues dans lesquelles mentors et chercheurs d’emploi peuvent participer.',
  'programme.field.languagesError': 'Choisissez au moins une langue.',
  'programme.field.plannedDurationMonths': 'Durée prévue en mois',
  'programme.field.plannedDurationMonthsHint':
    'Un duo travaille ensemble au moins 6 mois, sauf s’il y a une bonne raison de prévoir un programme plus court.',
  'programme.field.shorterDurationReason': 'Pourquoi le programme dure-t-il moins de 6 mois ?',
  'programme.field.shorterDurationReasonHint':
    'Uniquement nécessaire si la durée est inférieure à 6 mois.',
  'programme.field.minContactFrequencyDays': 'Fréquence minimale de contact en jours',
  'programme.field.minContactFrequencyDaysHint':
    'Le mentor et le chercheur d’emploi se contactent au moins une fois dans ce délai, en jours (de 1 à 14).',

  'programme.detail.duration': {
    plural: 'count',
    one: '{count} mois',
    other: '{count} mois',
  },
  'programme.detail.contactFrequency': {
    plural: 'count',
    one: 'Au moins chaque jour',
    other: 'Au moins tous les {count} jours',
  },
  'programme.detail.languages': 'Langues',
  'programme.detail.plannedDuration': 'Durée prévue',
  'programme.detail.shorterDurationReason': 'Raison de la durée plus courte',
  'programme.detail.contact': 'Contact entre mentor et chercheur d’emploi',
  'programme.detail.noDescription': 'Pas encore de description.',
  'programme.detail.lastUpdated': 'Dernière mise à jour le {date}',
  'programme.detail.edit': 'Modifier le programme',
  'programme.detail.readOnly':
    'Seuls les administrateur·rices et les coordinateur·rices peuvent modifier un programme.',
  'programme.detail.backToList': 'Tous les programmes',

  'programme.new.title': 'Nouveau programme',
  'programme.new.submit': 'Créer le programme',
  'programme.edit.title': 'Modifier le programme',
  'programme.edit.submit': 'Enregistrer les modifications',

  'language.nl': 'Néerlandais',
  'language.fr': 'Français',
  'language.en': 'Anglais',
  'language.de': 'Allemand',
  'language.ar': 'Arabe',
  'language.tr': 'Turc',
  'language.es': 'Espagnol',
  'language.pt': 'Portugais',
  'language.pl': 'Polonais',
  'language.ro': 'Roumain',
  'language.ru': 'Russe',
  'language.uk': 'Ukrainien',
  'language.fa': 'Persan (farsi, dari)',
  'language.ps': 'Pachto',
  'language.so': 'Somali',
  'language.ti': 'Tigrigna',

  'password.hint':
    'Au moins 12 caractères. Une petite phrase de quelques mots se retient facilement.',
  'password.confirm': 'Répétez le mot de passe',
  'password.mismatch': 'Les deux mots de passe ne sont pas identiques.',

  'setPassword.title': 'Choisissez votre mot de passe',
  'setPassword.intro':
    'Choisissez un mot de passe pour votre compte Tandem. Vous serez ensuite directement connecté·e.',
  'setPassword.password': 'Nouveau mot de passe',
  'setPassword.submit': 'Enregistrer et se connecter',
  'setPassword.missingToken':
    'Ce lien est incomplet. Ouvrez le lien complet que vous avez reçu, ou demandez-en un nouveau.',

  'changePassword.title': 'Changer de mot de passe',
  'changePassword.intro':
    'Après le changement, vous restez connecté·e ici et vous êtes déconnecté·e partout ailleurs.',
  'changePassword.currentPassword': 'Mot de passe actuel',
  'changePassword.newPassword': 'Nouveau mot de passe',
  'changePassword.submit': 'Changer le mot de passe',
  'changePassword.done':
    'Votre mot de passe a été changé. Vos autres appareils ont été déconnectés.',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette page n’existe pas, ou vous n’y avez pas accès.',
  'errorPage.title': 'Un problème est survenu',
  'errorPage.body':
    'Réessayez dans un instant. Si le problème persiste, contactez votre administrateur·rice.',
  'errorPage.home': 'Retour à la page d’accueil',

  'csrf.title': 'Demande refusée',
  'csrf.body':
    'Ce formulaire ne provenait pas d’une page Tandem : rien n’a été fait. Retournez sur Tandem et réessayez.',
  'csrf.back': 'Retour à Tandem',

  'admin.nav.organisations': 'Organisations',
  'admin.nav.networks': 'Réseaux',

  'admin.organisations.title': 'Organisations',
  'admin.organisations.intro': 'Chaque organisation de la plateforme gère ses propres programmes.',
  'admin.organisations.empty': 'Il n’y a pas encore d’organisation.',
  'admin.organisations.create': 'Nouvelle organisation',
  'admin.organisations.name': 'Nom',
  'admin.organisations.slug': 'Nom court',
  'admin.organisations.defaultLocale': 'Langue par défaut',
  'admin.organisations.createdAt': 'Créée le',

  'admin.newOrganisation.title': 'Nouvelle organisation',
  'admin.newOrganisation.intro':
    'Créez l’organisation et son premier administrateur ou sa première administratrice. Vous recevrez un lien à usage unique pour que cette personne choisisse un mot de passe.',
  'admin.newOrganisation.name': 'Nom de l’organisation',
  'admin.newOrganisation.slug': 'Nom court',
  'admin.newOrganisation.slugHint':
    'Lettres minuscules, chiffres et traits d’union, par exemple le-pont.',
  'admin.newOrganisation.defaultLocale': 'Langue par défaut',
  'admin.newOrganisation.adminName': 'Nom de la première personne administratrice',
  'admin.newOrganisation.adminEmail': 'Adresse e-mail de la première personne administratrice',
  'admin.newOrganisation.submit': 'Créer l’organisation',
  'admin.newOrganisation.createdTitle': '{organisation} a été créée',
  'admin.newOrganisation.createdBody':
    'Transmettez ce lien à usage unique à {name} ({email}) pour choisir un mot de passe. Il n’est affiché qu’une seule fois.',
  'admin.newOrganisation.linkLabel': 'Lien à usage unique',
  'admin.newOrganisation.existingAccount':
    '{name} ({email}) a déjà un compte Tandem et peut se connecter tout de suite.',
  'admin.newOrganisation.backToList': 'Retour aux organisations',

  'admin.networks.title': 'Réseaux',
  'admin.networks.intro':
    'Un réseau regroupe des organisations qui comparent la qualité de leurs programmes.',
  'admin.networks.empty': 'Il n’y a pas encore de réseau.',
  'admin.networks.createTitle': 'Nouveau réseau',
  'admin.networks.name': 'Nom du réseau',
  'admin.networks.create': 'Créer le réseau',
  'admin.networks.memberCount': {
    plural: 'count',
    zero: 'aucune organisation membre',
    one: '{count} organisation membre',
    other: '{count} organisations membres',
  },
  'admin.networks.noMembers': 'Pas encore d’organisation membre.',
  'admin.networks.addMember': 'Ajouter une organisation',
  'admin.networks.addMemberSubmit': 'Ajouter',
  'admin.networks.chooseOrganisation': 'Choisissez une organisation',
  'admin.networks.removeMember': 'Retirer',
  'admin.networks.removeMemberLabel': 'Retirer {organisation} de {network}',
  'admin.networks.allMembers': 'Toutes les organisations sont déjà membres.',

  'auth.invalid_credentials': 'L’adresse e-mail ou le mot de passe est incorrect.',
  'auth.rate_limited': {
    plural: 'retryAfterMinutes',
    one: 'Trop de tentatives. Réessayez dans une minute.',
    other: 'Trop de tentatives. Réessayez dans {retryAfterMinutes} minutes.',
  },
  'auth.unauthenticated': 'Votre session a expiré. Veuillez vous reconnecter.',
  'auth.password_token_invalid':
    'Ce lien n’est plus valable. Demandez-en un nouveau à la personne qui vous l’a envoyé.',
  'auth.current_password_wrong': 'Votre mot de passe actuel est incorrect.',
  forbidden: 'Vous n’avez pas l’autorisation de faire ceci.',
  not_found: 'Nous n’avons pas trouvé ce que vous cherchez.',
  'conflict.slug_taken': 'Ce nom court est déjà utilisé. Choisissez-en un autre.',
  'conflict.email_taken': 'Un compte existe déjà avec cette adresse e-mail.',
  'conflict.already_member': 'Cette organisation est déjà membre du réseau.',
  internal: 'Un problème est survenu de notre côté. Veuillez réessayer.',
  'validation.invalid_input': 'Certains champs doivent encore être corrigés.',
  'validation.required': 'Complétez ce champ.',
  'validation.too_short': {
    plural: 'minimum',
    one: 'Utilisez au moins {minimum} caractère.',
    other: 'Utilisez au moins {minimum} caractères.',
  },
  'validation.too_long': {
    plural: 'maximum',
    one: 'Utilisez au maximum {maximum} caractère.',
    other: 'Utilisez au maximum {maximum} caractères.',
  },
  'validation.too_small': 'Indiquez {minimum} ou plus.',
  'validation.too_big': 'Indiquez {maximum} ou moins.',
  'validation.invalid_email': 'Indiquez une adresse e-mail, par exemple nom@exemple.be.',
  'validation.invalid_format': 'Le format n’est pas correct.',
  'validation.invalid_choice': 'Choisissez l’une des options.',
  'validation.not_integer': 'Indiquez un nombre entier.',
  'validation.password_too_short':
    'Utilisez au moins {minimum} caractères pour votre mot de passe.',
  'programme.reason_required_below_six_months':
    'Expliquez pourquoi le programme dure moins de 6 mois.',
};
