import { WORKSHOP_KINDS } from '@tandem/domain';
import type { Translator } from '@tandem/i18n';
import { belgianLocalToIso, wholeNumber } from './intake.ts';
import type { ScheduleValues } from './scheduled-session.server.ts';

/** A workshop as typed into its plan or edit form. */
export interface WorkshopValues extends ScheduleValues {
  theme: string;
  kind: string;
  durationMinutes: string;
  capacity: string;
}

export const workshopKindOptions = ({ t }: Translator) =>
  WORKSHOP_KINDS.map((kind) => ({ value: kind, label: t(`workshop.kind.${kind}`) }));

/** What the API takes: the Belgian wall-clock start as an instant, numbers as numbers. */
export function toWorkshopInput(values: WorkshopValues) {
  return {
    startsAt: belgianLocalToIso(values.startsAt),
    place: values.place,
    onlineUrl: values.onlineUrl,
    theme: values.theme,
    kind: values.kind as (typeof WORKSHOP_KINDS)[number],
    durationMinutes: wholeNumber(values.durationMinutes),
    capacity: wholeNumber(values.capacity),
  };
}
