/**
 * The agreement (C5) as staff work on it: a programme's templates per language with their
 * preview, and one match's agreement versions with each side's acceptance and the re-issue.
 */
export const AGREEMENT_TEMPLATE_TEXTS = {
  nl: {
    'validation.agreement_text_required':
      'Vul deze tekst in: een overeenkomst zonder dit deel kan niet worden opgesteld.',
    'agreementTemplate.preview.mentor': '[voornaam mentor]',
    'agreementTemplate.preview.mentee': '[voornaam mentee]',
    'agreementTemplate.menu': 'Overeenkomst',
    'agreementTemplate.title': 'Overeenkomst',
    'agreementTemplate.intro':
      'De teksten van de overeenkomst tussen mentor en mentee, in elke taal. Een duo krijgt de overeenkomst zodra mentor en mentee na de eerste ontmoeting allebei hebben bevestigd. Een wijziging geldt voor de overeenkomsten die daarna worden opgesteld; wie al een overeenkomst heeft, houdt die tekst.',
    'agreementTemplate.values':
      'Duur en contactfrequentie komen uit de instellingen van het programma en worden per duo ingevuld.',
    'agreementTemplate.editProgramme': 'Duur of contactfrequentie wijzigen',
    'agreementTemplate.readOnly':
      'Alleen coördinatoren en beheerders kunnen deze teksten wijzigen.',
    'agreementTemplate.default':
      'Nog niet geschreven: de standaardtekst hieronder wordt gebruikt. Sla je hem op, dan wordt het versie 1.',
    'agreementTemplate.version': 'Versie {version}, laatst gewijzigd op {date} door {name}',
    'agreementTemplate.versionNoName': 'Versie {version}, laatst gewijzigd op {date}',
    'agreementTemplate.field.ethicalCharter': 'Hoe we met elkaar omgaan (ethisch charter)',
    'agreementTemplate.field.confidentiality': 'Vertrouwelijkheid',
    'agreementTemplate.field.whenDifficult': 'Als het moeilijk gaat',
    'agreementTemplate.hint.whenDifficult':
      'Wie bellen ze, hoe bemiddel je, en hoe kunnen ze het traject vroeger stoppen?',
    'agreementTemplate.save': 'Opslaan',
    'agreementTemplate.showPreview': 'Voorbeeld tonen',
    'agreementTemplate.previewTitle': 'Voorbeeld',
    'agreementTemplate.previewIntro':
      'Zo krijgt een nieuw duo van dit programma de overeenkomst. De voornamen worden per duo ingevuld.',
    'agreementTemplate.previewDraft':
      'Dit voorbeeld toont je tekst zoals je hem nu hebt getypt. Hij is nog niet opgeslagen.',
    'agreementTemplate.saved':
      'De tekst in het {language} is opgeslagen als versie {version}. Nieuwe overeenkomsten gebruiken hem; overeenkomsten die al zijn opgesteld, blijven ongewijzigd.',
    'duoAgreement.link': 'Overeenkomst',
    'duoAgreement.title': 'Overeenkomst van {mentor} en {mentee}',
    'duoAgreement.back': 'Terug naar de duo’s',
    'duoAgreement.none':
      'Er is nog geen overeenkomst. Ze wordt opgesteld zodra mentor en mentee na de eerste ontmoeting allebei hebben bevestigd.',
    'duoAgreement.status.started': 'Allebei akkoord: het duo is gestart op {date}.',
    'duoAgreement.status.closed': 'Deze koppeling gaat niet door.',
    'duoAgreement.status.waiting': 'Wacht op het akkoord van de mentor, de mentee of allebei.',
    'duoAgreement.versions': 'Versies',
    'duoAgreement.version': 'Versie {version}',
    'duoAgreement.current': 'Huidige versie',
    'duoAgreement.superseded': 'Vervangen op {date}',
    'duoAgreement.issuedBy': 'Opgesteld op {date} door {name}',
    'duoAgreement.issuedAutomatically':
      'Opgesteld op {date}, automatisch toen beiden hadden bevestigd',
    'duoAgreement.accepted': '{role} {name}: akkoord op {date} ({language})',
    'duoAgreement.notAccepted': '{role} {name}: nog niet akkoord',
    'duoAgreement.pdf': 'Pdf in het {language}',
    'duoAgreement.reissue.title': 'Opnieuw opstellen met andere afspraken',
    'duoAgreement.reissue.intro':
      'Er komt een nieuwe versie in de plaats van de huidige. Mentor en mentee moeten die allebei opnieuw aanvaarden, ook als ze de huidige al aanvaard hadden. Pas daarna start het duo.',
    'duoAgreement.reissue.notPossible':
      'Opnieuw opstellen kan zodra mentor en mentee allebei hebben bevestigd, en zolang het duo niet gestart is.',
    'duoAgreement.reissue.durationMonths': 'Duur in maanden',
    'duoAgreement.reissue.contactIntervalDays': 'Minstens om de hoeveel dagen contact',
    'duoAgreement.reissue.submit': 'Nieuwe versie opstellen',
    'duoAgreement.reissued':
      'Versie {version} is opgesteld. Mentor en mentee moeten ze allebei opnieuw aanvaarden.',
  },
  fr: {
    'validation.agreement_text_required':
      'Complétez ce texte : une convention sans cette partie ne peut pas être établie.',
    'agreementTemplate.preview.mentor': '[prénom du mentor]',
    'agreementTemplate.preview.mentee': '[prénom du mentoré]',
    'agreementTemplate.menu': 'Convention',
    'agreementTemplate.title': 'Convention',
    'agreementTemplate.intro':
      'Les textes de la convention entre mentor et mentoré, dans chaque langue. Un binôme reçoit sa convention dès que le mentor et le mentoré ont tous deux confirmé après la première rencontre. Une modification vaut pour les conventions établies ensuite ; celles qui existent déjà gardent leur texte.',
    'agreementTemplate.values':
      'La durée et la fréquence des contacts viennent des réglages du programme et sont complétées pour chaque binôme.',
    'agreementTemplate.editProgramme': 'Modifier la durée ou la fréquence des contacts',
    'agreementTemplate.readOnly':
      'Seuls les coordinateurs et les administrateurs peuvent modifier ces textes.',
    'agreementTemplate.default':
      'Pas encore rédigé : le texte standard ci-dessous est utilisé. En l’enregistrant, vous en faites la version 1.',
    'agreementTemplate.version': 'Version {version}, modifiée le {date} par {name}',
    'agreementTemplate.versionNoName': 'Version {version}, modifiée le {date}',
    'agreementTemplate.field.ethicalCharter': 'Comment nous nous comportons (charte éthique)',
    'agreementTemplate.field.confidentiality': 'Confidentialité',
    'agreementTemplate.field.whenDifficult': 'En cas de difficulté',
    'agreementTemplate.hint.whenDifficult':
      'Qui appeler, comment se passe la médiation, comment arrêter le parcours plus tôt ?',
    'agreementTemplate.save': 'Enregistrer',
    'agreementTemplate.showPreview': 'Voir l’aperçu',
    'agreementTemplate.previewTitle': 'Aperçu',
    'agreementTemplate.previewIntro':
      'Voici la convention telle qu’un nouveau binôme de ce programme la recevrait. Les prénoms sont complétés pour chaque binôme.',
    'agreementTemplate.previewDraft':
      'Cet aperçu montre votre texte tel que vous l’avez saisi. Il n’est pas encore enregistré.',
    'agreementTemplate.saved':
      '{language} : le texte est enregistré comme version {version}. Les nouvelles conventions l’utilisent ; celles déjà établies ne changent pas.',
    'duoAgreement.link': 'Convention',
    'duoAgreement.title': 'Convention de {mentor} et {mentee}',
    'duoAgreement.back': 'Retour aux binômes',
    'duoAgreement.none':
      'Pas encore de convention. Elle est établie dès que le mentor et le mentoré ont tous deux confirmé après la première rencontre.',
    'duoAgreement.status.started': 'Acceptée par les deux : le binôme a commencé le {date}.',
    'duoAgreement.status.closed': 'Ce binôme ne se fera pas.',
    'duoAgreement.status.waiting': 'En attente de l’accord du mentor, du mentoré ou des deux.',
    'duoAgreement.versions': 'Versions',
    'duoAgreement.version': 'Version {version}',
    'duoAgreement.current': 'Version en cours',
    'duoAgreement.superseded': 'Remplacée le {date}',
    'duoAgreement.issuedBy': 'Établie le {date} par {name}',
    'duoAgreement.issuedAutomatically':
      'Établie le {date}, automatiquement quand les deux avaient confirmé',
    'duoAgreement.accepted': '{role} {name} : acceptée le {date} ({language})',
    'duoAgreement.notAccepted': '{role} {name} : pas encore acceptée',
    'duoAgreement.pdf': 'PDF ({language})',
    'duoAgreement.reissue.title': 'Établir à nouveau avec d’autres valeurs',
    'duoAgreement.reissue.intro':
      'Une nouvelle version remplace la version en cours. Le mentor et le mentoré doivent tous deux l’accepter à nouveau, même s’ils avaient déjà accepté la version en cours. Le binôme ne commence qu’ensuite.',
    'duoAgreement.reissue.notPossible':
      'Vous pourrez l’établir à nouveau quand le mentor et le mentoré auront tous deux confirmé, et tant que le binôme n’a pas commencé.',
    'duoAgreement.reissue.durationMonths': 'Durée en mois',
    'duoAgreement.reissue.contactIntervalDays': 'Contact au moins tous les combien de jours',
    'duoAgreement.reissue.submit': 'Établir une nouvelle version',
    'duoAgreement.reissued':
      'La version {version} est établie. Le mentor et le mentoré doivent tous deux l’accepter à nouveau.',
  },
  en: {
    'validation.agreement_text_required':
      'Fill in this text: an agreement cannot be issued without this part.',
    'agreementTemplate.preview.mentor': '[mentor’s first name]',
    'agreementTemplate.preview.mentee': '[mentee’s first name]',
    'agreementTemplate.menu': 'Agreement',
    'agreementTemplate.title': 'Agreement',
    'agreementTemplate.intro':
      'The texts of the agreement between mentor and mentee, in each language. A duo receives its agreement as soon as mentor and mentee have both confirmed after the first meeting. A change applies to the agreements issued after it; agreements already issued keep their text.',
    'agreementTemplate.values':
      'Duration and contact frequency come from the programme’s settings and are filled in for each duo.',
    'agreementTemplate.editProgramme': 'Change the duration or contact frequency',
    'agreementTemplate.readOnly': 'Only coordinators and administrators can change these texts.',
    'agreementTemplate.default':
      'Not written yet: the standard text below is used. Saving it makes it version 1.',
    'agreementTemplate.version': 'Version {version}, last changed on {date} by {name}',
    'agreementTemplate.versionNoName': 'Version {version}, last changed on {date}',
    'agreementTemplate.field.ethicalCharter': 'How we treat each other (ethical charter)',
    'agreementTemplate.field.confidentiality': 'Confidentiality',
    'agreementTemplate.field.whenDifficult': 'When something goes wrong',
    'agreementTemplate.hint.whenDifficult':
      'Whom do they call, how does mediation work, how can they end early?',
    'agreementTemplate.save': 'Save',
    'agreementTemplate.showPreview': 'Show preview',
    'agreementTemplate.previewTitle': 'Preview',
    'agreementTemplate.previewIntro':
      'This is the agreement as a new duo of this programme would receive it. The first names are filled in for each duo.',
    'agreementTemplate.previewDraft':
      'This preview shows your text as you typed it. It is not saved yet.',
    'agreementTemplate.saved':
      'The {language} text is saved as version {version}. New agreements use it; agreements already issued stay as they are.',
    'duoAgreement.link': 'Agreement',
    'duoAgreement.title': 'Agreement of {mentor} and {mentee}',
    'duoAgreement.back': 'Back to the duos',
    'duoAgreement.none':
      'No agreement yet. It is issued as soon as mentor and mentee have both confirmed after the first meeting.',
    'duoAgreement.status.started': 'Both accepted: the duo started on {date}.',
    'duoAgreement.status.closed': 'This match is not going ahead.',
    'duoAgreement.status.waiting': 'Waiting for the mentor, the mentee or both to accept.',
    'duoAgreement.versions': 'Versions',
    'duoAgreement.version': 'Version {version}',
    'duoAgreement.current': 'Current version',
    'duoAgreement.superseded': 'Replaced on {date}',
    'duoAgreement.issuedBy': 'Issued on {date} by {name}',
    'duoAgreement.issuedAutomatically': 'Issued on {date}, automatically when both had confirmed',
    'duoAgreement.accepted': '{role} {name}: accepted on {date} ({language})',
    'duoAgreement.notAccepted': '{role} {name}: not accepted yet',
    'duoAgreement.pdf': 'PDF in {language}',
    'duoAgreement.reissue.title': 'Issue again with other values',
    'duoAgreement.reissue.intro':
      'A new version replaces the current one. Mentor and mentee must both accept it again, even if they had already accepted the current one. Only then does the duo start.',
    'duoAgreement.reissue.notPossible':
      'It can be issued again once mentor and mentee have both confirmed, and as long as the duo has not started.',
    'duoAgreement.reissue.durationMonths': 'Duration in months',
    'duoAgreement.reissue.contactIntervalDays': 'Contact at least every how many days',
    'duoAgreement.reissue.submit': 'Issue a new version',
    'duoAgreement.reissued':
      'Version {version} is issued. Mentor and mentee must both accept it again.',
  },
} as const;
