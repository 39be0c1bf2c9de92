import type { CLOSING_MEETING_MODES, EARLY_END_REASON_CODES } from '@tandem/domain';
import type { Translator } from '@tandem/i18n';
import type { FormErrors } from '@tandem/web-kit';
import { type Api, text, toFormErrors } from '@tandem/web-kit/server';
import { belgianLocalToIso, wholeNumber } from './intake.ts';

/**
 * The staff duo page's forms of the end of a duo (E1) and its closing meeting (E2), read
 * from a submitted form and sent to the API.
 */

export const DUO_END_INTENTS = [
  'endDuo',
  'planClosing',
  'rescheduleClosing',
  'cancelClosing',
  'recordClosing',
] as const;
export type DuoEndIntent = (typeof DUO_END_INTENTS)[number];

const PLAN = ['startsAt', 'durationMinutes', 'mode', 'place', 'onlineUrl'] as const;
const FIELDS: Record<DuoEndIntent, readonly string[]> = {
  endDuo: ['lastDay', 'reasonCode', 'reasonText'],
  planClosing: PLAN,
  rescheduleClosing: ['closingMeetingId', ...PLAN],
  cancelClosing: ['closingMeetingId'],
  recordClosing: ['closingMeetingId', 'heldOn', 'held'],
};

export type DuoEndValues = Record<string, string>;
export type DuoEndOutcome = { ok: true } | { ok: false; errors: FormErrors; values: DuoEndValues };

export function isDuoEndIntent(intent: string): intent is DuoEndIntent {
  return DUO_END_INTENTS.some((i) => i === intent);
}

export async function submitDuoEnd(
  api: Api,
  t: Translator,
  scope: { organisationId: string; duoId: string },
  intent: DuoEndIntent,
  form: FormData,
): Promise<DuoEndOutcome> {
  const values: DuoEndValues = Object.fromEntries(FIELDS[intent].map((f) => [f, text(form, f)]));
  const organisationId = scope.organisationId;
  const closingMeetingId = values.closingMeetingId ?? '';
  const plan = () => ({
    startsAt: belgianLocalToIso(values.startsAt ?? ''),
    durationMinutes: wholeNumber(values.durationMinutes ?? ''),
    mode: values.mode as (typeof CLOSING_MEETING_MODES)[number],
    place: values.place || null,
    onlineUrl: values.onlineUrl || null,
  });
  try {
    if (intent === 'endDuo')
      await api.duoEnd.end.mutate({
        ...scope,
        lastDay: values.lastDay ?? '',
        reasonCode: (values.reasonCode || null) as (typeof EARLY_END_REASON_CODES)[number] | null,
        reasonText: values.reasonText || null,
      });
    else if (intent === 'planClosing')
      await api.closingMeeting.plan.mutate({ ...scope, ...plan() });
    else if (intent === 'rescheduleClosing')
      await api.closingMeeting.reschedule.mutate({ organisationId, closingMeetingId, ...plan() });
    else if (intent === 'cancelClosing')
      await api.closingMeeting.cancel.mutate({ organisationId, closingMeetingId });
    else
      await api.closingMeeting.record.mutate({
        organisationId,
        closingMeetingId,
        heldOn: values.held === 'no' ? null : (values.heldOn ?? ''),
      });
    return { ok: true };
  } catch (error) {
    return { ok: false, errors: toFormErrors(error, t), values };
  }
}
