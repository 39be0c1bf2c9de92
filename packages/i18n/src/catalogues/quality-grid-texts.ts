/**
 * The quality dashboard's grid, for a programme and for the whole organisation: columns, the
 * status filter, the records that keep a criterion down ("what to do") and the programmes
 * behind an organisation's figure.
 */
const todo = (one: string, other: string) => ({ plural: 'count', one, other }) as const;

export const QUALITY_GRID_TEXTS = {
  nl: {
    'quality.drill.title.missing': 'Wat het cijfer omlaag haalt',
    'quality.drill.showMissing': 'Alleen de niet meegetelde gegevens tonen',
    'quality.grid.criterion': 'Criterium',
    'quality.grid.status': 'Status',
    'quality.grid.result': 'Resultaat',
    'quality.grid.target': 'Doel',
    'quality.grid.basis': 'Gebaseerd op',
    'quality.grid.details': 'Uitleg en andere metingen',
    'quality.grid.range': 'van {low} tot {high} naargelang het programma',
    'quality.grid.todo': 'Wat te doen',
    'quality.grid.byProgramme': 'Per programma',
    'quality.grid.programme': 'Programma',
    'quality.filter.showing': 'Alleen de criteria met status “{status}”.',
    'quality.filter.showAll': 'Alle criteria tonen',
    'quality.filter.none': 'Geen enkel criterium heeft deze status.',
    'quality.filter.link': '{status}: {count} criteria tonen',
    'quality.organisation.title': 'Kwaliteitscriteria van de organisatie',
    'quality.organisation.intro':
      'Alle programma’s samen. Waar de programma’s niet op te tellen zijn (een instelling, een aanbod), telt het zwakste programma; de uitleg bij elk criterium toont elk programma.',
    'quality.organisation.noProgrammes': 'Deze organisatie heeft nog geen programma’s.',
    'quality.organisation.link': 'Kwaliteit van de hele organisatie',
    'quality.todo.A1': todo(
      '{count} aanvaarde mentor kwam niet naar een volledige infosessie vóór de aanvaarding.',
      '{count} aanvaarde mentoren kwamen niet naar een volledige infosessie vóór de aanvaarding.',
    ),
    'quality.todo.A2': 'Werf mentoren via meer kanalen, zodat geen kanaal de overhand heeft.',
    'quality.todo.A3': todo(
      '{count} aanvaarde mentor heeft geen volledig ingevuld intakegesprek.',
      '{count} aanvaarde mentoren hebben geen volledig ingevuld intakegesprek.',
    ),
    'quality.todo.A4': todo(
      '{count} beslissing over een mentor kreeg geen verzonden bevestiging of weigering met reden.',
      '{count} beslissingen over mentoren kregen geen verzonden bevestiging of weigering met reden.',
    ),
    'quality.todo.A5': todo(
      '{count} mentor had bij de start niet alle tien opleidingsonderwerpen gevolgd.',
      '{count} mentoren hadden bij de start niet alle tien opleidingsonderwerpen gevolgd.',
    ),
    'quality.todo.B1': 'Werf mentees via meer kanalen en meer doorverwijzende partners.',
    'quality.todo.B2': todo(
      '{count} aanvaarde mentee kwam niet naar een volledige infosessie vóór de aanvaarding.',
      '{count} aanvaarde mentees kwamen niet naar een volledige infosessie vóór de aanvaarding.',
    ),
    'quality.todo.B3': todo(
      '{count} aanvaarde mentee heeft geen volledig ingevuld intakegesprek.',
      '{count} aanvaarde mentees hebben geen volledig ingevuld intakegesprek.',
    ),
    'quality.todo.B4': todo(
      '{count} beslissing over een mentee kreeg geen verzonden bevestiging of weigering met reden.',
      '{count} beslissingen over mentees kregen geen verzonden bevestiging of weigering met reden.',
    ),
    'quality.todo.B5': todo(
      '{count} geweigerde mentee die andere steun nodig had, werd niet doorverwezen.',
      '{count} geweigerde mentees die andere steun nodig hadden, werden niet doorverwezen.',
    ),
    'quality.todo.C1': todo(
      '{count} match heeft geen bewaarde score met onderdelen.',
      '{count} matches hebben geen bewaarde score met onderdelen.',
    ),
    'quality.todo.C2': todo(
      '{count} match werd niet door een medewerker beslist.',
      '{count} matches werden niet door een medewerker beslist.',
    ),
    'quality.todo.C3': todo(
      '{count} duo had geen eerste ontmoeting op een neutrale plaats met een medewerker.',
      '{count} duo’s hadden geen eerste ontmoeting op een neutrale plaats met een medewerker.',
    ),
    'quality.todo.C4': todo(
      '{count} duo startte zonder dat beiden de match bevestigden.',
      '{count} duo’s startten zonder dat beiden de match bevestigden.',
    ),
    'quality.todo.C5': todo(
      '{count} duo heeft geen overeenkomst die door beiden aanvaard is.',
      '{count} duo’s hebben geen overeenkomst die door beiden aanvaard is.',
    ),
    'quality.todo.D1': todo(
      '{count} beëindigd duo duurde korter dan zes maanden zonder reden voor het vroege einde.',
      '{count} beëindigde duo’s duurden korter dan zes maanden zonder reden voor het vroege einde.',
    ),
    'quality.todo.D2': todo(
      '{count} periode van twee weken van een duo verliep zonder contact.',
      '{count} periodes van twee weken van duo’s verliepen zonder contact.',
    ),
    'quality.todo.D3': todo(
      '{count} actief duo heeft geen coach of geen opvolggesprek in de laatste 42 dagen.',
      '{count} actieve duo’s hebben geen coach of geen opvolggesprek in de laatste 42 dagen.',
    ),
    'quality.todo.D4': todo(
      '{count} soort materiaal ontbreekt of werd de laatste 12 maanden niet herzien.',
      '{count} soorten materiaal ontbreken of werden de laatste 12 maanden niet herzien.',
    ),
    'quality.todo.D5': todo(
      '{count} mentor die drie maanden actief is, werd niet uitgenodigd voor een workshop.',
      '{count} mentoren die drie maanden actief zijn, werden niet uitgenodigd voor een workshop.',
    ),
    'quality.todo.E1': todo(
      '{count} vroeg einde heeft geen reden of geen gestarte afsluiting.',
      '{count} vroege eindes hebben geen reden of geen gestarte afsluiting.',
    ),
    'quality.todo.E2': todo(
      '{count} beëindigd duo had geen afsluitend gesprek.',
      '{count} beëindigde duo’s hadden geen afsluitend gesprek.',
    ),
  },
  fr: {
    'quality.drill.title.missing': 'Ce qui fait baisser le chiffre',
    'quality.drill.showMissing': 'N’afficher que les enregistrements non comptés',
    'quality.grid.criterion': 'Critère',
    'quality.grid.status': 'Statut',
    'quality.grid.result': 'Résultat',
    'quality.grid.target': 'Objectif',
    'quality.grid.basis': 'Sur la base de',
    'quality.grid.details': 'Explication et autres mesures',
    'quality.grid.range': 'de {low} à {high} selon le programme',
    'quality.grid.todo': 'Que faire',
    'quality.grid.byProgramme': 'Par programme',
    'quality.grid.programme': 'Programme',
    'quality.filter.showing': 'Seulement les critères au statut « {status} ».',
    'quality.filter.showAll': 'Afficher tous les critères',
    'quality.filter.none': 'Aucun critère n’a ce statut.',
    'quality.filter.link': '{status} : afficher {count} critères',
    'quality.organisation.title': 'Critères de qualité de l’organisation',
    'quality.organisation.intro':
      'Tous les programmes ensemble. Là où les programmes ne s’additionnent pas (un réglage, une offre), le programme le plus faible compte ; l’explication de chaque critère montre chaque programme.',
    'quality.organisation.noProgrammes': 'Cette organisation n’a pas encore de programme.',
    'quality.organisation.link': 'Qualité de toute l’organisation',
    'quality.todo.A1': todo(
      '{count} mentor accepté n’a pas assisté à une séance d’information complète avant l’acceptation.',
      '{count} mentors acceptés n’ont pas assisté à une séance d’information complète avant l’acceptation.',
    ),
    'quality.todo.A2': 'Recrutez les mentors par plus de canaux, pour qu’aucun canal ne domine.',
    'quality.todo.A3': todo(
      '{count} mentor accepté n’a pas d’entretien complètement rempli.',
      '{count} mentors acceptés n’ont pas d’entretien complètement rempli.',
    ),
    'quality.todo.A4': todo(
      '{count} décision sur un mentor n’a pas reçu de confirmation envoyée ni de refus motivé.',
      '{count} décisions sur des mentors n’ont pas reçu de confirmation envoyée ni de refus motivé.',
    ),
    'quality.todo.A5': todo(
      '{count} mentor n’avait pas suivi les dix thèmes de formation au début.',
      '{count} mentors n’avaient pas suivi les dix thèmes de formation au début.',
    ),
    'quality.todo.B1':
      'Recrutez les mentorés par plus de canaux et plus de partenaires qui orientent.',
    'quality.todo.B2': todo(
      '{count} mentoré accepté n’a pas assisté à une séance d’information complète avant l’acceptation.',
      '{count} mentorés acceptés n’ont pas assisté à une séance d’information complète avant l’acceptation.',
    ),
    'quality.todo.B3': todo(
      '{count} mentoré accepté n’a pas d’entretien complètement rempli.',
      '{count} mentorés acceptés n’ont pas d’entretien complètement rempli.',
    ),
    'quality.todo.B4': todo(
      '{count} décision sur un mentoré n’a pas reçu de confirmation envoyée ni de refus motivé.',
      '{count} décisions sur des mentorés n’ont pas reçu de confirmation envoyée ni de refus motivé.',
    ),
    'quality.todo.B5': todo(
      '{count} mentoré refusé qui avait besoin d’un autre soutien n’a pas été réorienté.',
      '{count} mentorés refusés qui avaient besoin d’un autre soutien n’ont pas été réorientés.',
    ),
    'quality.todo.C1': todo(
      '{count} jumelage n’a pas de score enregistré avec ses éléments.',
      '{count} jumelages n’ont pas de score enregistré avec ses éléments.',
    ),
    'quality.todo.C2': todo(
      '{count} jumelage n’a pas été décidé par un membre de l’équipe.',
      '{count} jumelages n’ont pas été décidés par un membre de l’équipe.',
    ),
    'quality.todo.C3': todo(
      '{count} duo n’a pas eu de première rencontre en lieu neutre avec un membre de l’équipe.',
      '{count} duos n’ont pas eu de première rencontre en lieu neutre avec un membre de l’équipe.',
    ),
    'quality.todo.C4': todo(
      '{count} duo a commencé sans que les deux confirment le jumelage.',
      '{count} duos ont commencé sans que les deux confirment le jumelage.',
    ),
    'quality.todo.C5': todo(
      '{count} duo n’a pas de convention acceptée par les deux.',
      '{count} duos n’ont pas de convention acceptée par les deux.',
    ),
    'quality.todo.D1': todo(
      '{count} duo terminé a duré moins de six mois sans raison pour la fin anticipée.',
      '{count} duos terminés ont duré moins de six mois sans raison pour la fin anticipée.',
    ),
    'quality.todo.D2': todo(
      '{count} quinzaine d’un duo s’est passée sans contact.',
      '{count} quinzaines de duos se sont passées sans contact.',
    ),
    'quality.todo.D3': todo(
      '{count} duo actif n’a pas de coach ou pas de suivi dans les 42 derniers jours.',
      '{count} duos actifs n’ont pas de coach ou pas de suivi dans les 42 derniers jours.',
    ),
    'quality.todo.D4': todo(
      '{count} type de matériel manque ou n’a pas été revu dans les 12 derniers mois.',
      '{count} types de matériel manquent ou n’ont pas été revus dans les 12 derniers mois.',
    ),
    'quality.todo.D5': todo(
      '{count} mentor actif depuis trois mois n’a pas été invité à un atelier.',
      '{count} mentors actifs depuis trois mois n’ont pas été invités à un atelier.',
    ),
    'quality.todo.E1': todo(
      '{count} fin anticipée n’a pas de raison ou pas de clôture commencée.',
      '{count} fins anticipées n’ont pas de raison ou pas de clôture commencée.',
    ),
    'quality.todo.E2': todo(
      '{count} duo terminé n’a pas eu de rencontre de clôture.',
      '{count} duos terminés n’ont pas eu de rencontre de clôture.',
    ),
  },
  en: {
    'quality.drill.title.missing': 'What keeps the figure down',
    'quality.drill.showMissing': 'Show only the records not counted',
    'quality.grid.criterion': 'Criterion',
    'quality.grid.status': 'Status',
    'quality.grid.result': 'Result',
    'quality.grid.target': 'Target',
    'quality.grid.basis': 'Based on',
    'quality.grid.details': 'Explanation and other measures',
    'quality.grid.range': 'from {low} to {high} across programmes',
    'quality.grid.todo': 'What to do',
    'quality.grid.byProgramme': 'By programme',
    'quality.grid.programme': 'Programme',
    'quality.filter.showing': 'Only the criteria with status “{status}”.',
    'quality.filter.showAll': 'Show all criteria',
    'quality.filter.none': 'No criterion has this status.',
    'quality.filter.link': '{status}: show {count} criteria',
    'quality.organisation.title': 'Quality criteria of the organisation',
    'quality.organisation.intro':
      'All programmes together. Where programmes do not add up (a setting, an offer), the weakest programme counts; each criterion’s explanation shows every programme.',
    'quality.organisation.noProgrammes': 'This organisation has no programmes yet.',
    'quality.organisation.link': 'Quality of the whole organisation',
    'quality.todo.A1': todo(
      '{count} accepted mentor never attended a complete info session before acceptance.',
      '{count} accepted mentors never attended a complete info session before acceptance.',
    ),
    'quality.todo.A2': 'Recruit mentors through more channels, so that no channel dominates.',
    'quality.todo.A3': todo(
      '{count} accepted mentor has no fully recorded interview.',
      '{count} accepted mentors have no fully recorded interview.',
    ),
    'quality.todo.A4': todo(
      '{count} decision on a mentor has no sent confirmation or refusal with a reason.',
      '{count} decisions on mentors have no sent confirmation or refusal with a reason.',
    ),
    'quality.todo.A5': todo(
      '{count} mentor had not covered all ten training topics by the start.',
      '{count} mentors had not covered all ten training topics by the start.',
    ),
    'quality.todo.B1': 'Recruit mentees through more channels and more referring partners.',
    'quality.todo.B2': todo(
      '{count} accepted mentee never attended a complete info session before acceptance.',
      '{count} accepted mentees never attended a complete info session before acceptance.',
    ),
    'quality.todo.B3': todo(
      '{count} accepted mentee has no fully recorded interview.',
      '{count} accepted mentees have no fully recorded interview.',
    ),
    'quality.todo.B4': todo(
      '{count} decision on a mentee has no sent confirmation or refusal with a reason.',
      '{count} decisions on mentees have no sent confirmation or refusal with a reason.',
    ),
    'quality.todo.B5': todo(
      '{count} refused mentee who needed other support was not referred onward.',
      '{count} refused mentees who needed other support were not referred onward.',
    ),
    'quality.todo.C1': todo(
      '{count} match has no stored score breakdown.',
      '{count} matches have no stored score breakdown.',
    ),
    'quality.todo.C2': todo(
      '{count} match was not decided by a staff member.',
      '{count} matches were not decided by a staff member.',
    ),
    'quality.todo.C3': todo(
      '{count} duo had no first meeting at a neutral place with staff present.',
      '{count} duos had no first meeting at a neutral place with staff present.',
    ),
    'quality.todo.C4': todo(
      '{count} duo started without both validating the match.',
      '{count} duos started without both validating the match.',
    ),
    'quality.todo.C5': todo(
      '{count} duo has no agreement accepted by both.',
      '{count} duos have no agreement accepted by both.',
    ),
    'quality.todo.D1': todo(
      '{count} ended duo lasted under six months without a reason for ending early.',
      '{count} ended duos lasted under six months without a reason for ending early.',
    ),
    'quality.todo.D2': todo(
      '{count} duo-fortnight passed without contact.',
      '{count} duo-fortnights passed without contact.',
    ),
    'quality.todo.D3': todo(
      '{count} active duo has no coach or no check-in in the last 42 days.',
      '{count} active duos have no coach or no check-in in the last 42 days.',
    ),
    'quality.todo.D4': todo(
      '{count} kind of material is missing or was not reviewed in the last 12 months.',
      '{count} kinds of material are missing or were not reviewed in the last 12 months.',
    ),
    'quality.todo.D5': todo(
      '{count} mentor active for three months was not invited to a workshop.',
      '{count} mentors active for three months were not invited to a workshop.',
    ),
    'quality.todo.E1': todo(
      '{count} early ending has no reason or no closure started.',
      '{count} early endings have no reason or no closure started.',
    ),
    'quality.todo.E2': todo(
      '{count} ended duo had no closing meeting.',
      '{count} ended duos had no closing meeting.',
    ),
  },
} as const;
