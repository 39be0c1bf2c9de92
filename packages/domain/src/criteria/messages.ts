import type { CriterionStatus, MeasureKey } from '../indicators/indicator-value.ts';
import type { Locale } from './locale.ts';
import type { TargetErrorCode } from './target-overrides.ts';

/**
 * nl/fr/en text for criterion statuses, indicator measures and target-override errors, for
 * the i18n layer to merge. Placeholders are ICU-style `{name}`; shares in params are
 * fractions 0…1, to be formatted as percentages in the reader's locale.
 */
export type CriteriaMessageKey =
  | `indicator.status.${CriterionStatus}`
  | `indicator.measure.${MeasureKey}`
  | TargetErrorCode;

export const CRITERIA_MESSAGES = {
  nl: {
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
} as const satisfies { readonly [L in Locale]: { readonly [K in CriteriaMessageKey]: string } };
