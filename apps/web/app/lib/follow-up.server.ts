import type { CHECK_IN_GOING, CHECK_IN_WITH } from '@tandem/domain';
import type { Translator } from '@tandem/i18n';
import type { FormErrors } from '@tandem/web-kit';
import { type Api, text, toFormErrors } from '@tandem/web-kit/server';

/**
 * The coach's forms (D3) — a check-in, a change of coach, a mediation note — read from a
 * submitted form and sent to the API. The caseload and the duo page both post check-ins, so
 * one reading of the form serves both.
 */

export const FOLLOW_UP_INTENTS = ['checkIn', 'assign', 'mediation'] as const;
export type FollowUpIntent = (typeof FOLLOW_UP_INTENTS)[number];

const FIELDS: Record<FollowUpIntent, readonly string[]> = {
  checkIn: ['checkInOn', 'withWhom', 'going', 'followUpNeeded', 'note'],
  assign: ['coachUserId', 'fromDate'],
  mediation: ['writtenOn', 'note'],
};

export type FollowUpValues = Record<string, string>;

/** `id` names what was saved, so the page can show a fresh form after it. */
export type FollowUpOutcome =
  | { ok: true; id: string }
  | { ok: false; errors: FormErrors; values: FollowUpValues };

export function isFollowUpIntent(intent: string): intent is FollowUpIntent {
  return FOLLOW_UP_INTENTS.some((i) => i === intent);
}

export async function submitFollowUp(
  api: Api,
  t: Translator,
  scope: { organisationId: string; duoId: string },
  intent: FollowUpIntent,
  form: FormData,
): Promise<FollowUpOutcome> {
  const values: FollowUpValues = Object.fromEntries(FIELDS[intent].map((f) => [f, text(form, f)]));
  try {
    const saved =
      intent === 'checkIn'
        ? await api.coach.logCheckIn.mutate({
            ...scope,
            checkInOn: values.checkInOn ?? '',
            withWhom: values.withWhom as (typeof CHECK_IN_WITH)[number],
            going: values.going as (typeof CHECK_IN_GOING)[number],
            followUpNeeded: values.followUpNeeded === 'yes',
            note: values.note || null,
          })
        : intent === 'assign'
          ? await api.coach.assign.mutate({
              ...scope,
              coachUserId: values.coachUserId ?? '',
              fromDate: values.fromDate ?? '',
            })
          : await api.coach.addMediationNote.mutate({
              ...scope,
              writtenOn: values.writtenOn ?? '',
              note: values.note ?? '',
            });
    return { ok: true, id: saved?.id ?? '' };
  } catch (error) {
    return { ok: false, errors: toFormErrors(error, t), values };
  }
}
