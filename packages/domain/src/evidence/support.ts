import type { WORKSHOP_KINDS } from '../duo/guidance-values.ts';
import type { CalendarDate } from '../time/calendar-date.ts';
import type { RecordId } from './record.ts';

/** Evidence of supporting material and workshops (D4, D5). */

export const RESOURCE_KINDS = ['guidelines', 'coaching_tools', 'processes', 'social_map'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Resource {
  readonly id: RecordId;
  readonly kind: ResourceKind;
  readonly title: string;
  readonly reviewedOn: CalendarDate | null;
  /** Set when taken out of the library; from that day it no longer counts. */
  readonly withdrawnOn: CalendarDate | null;
}

export interface Workshop {
  readonly id: RecordId;
  readonly on: CalendarDate;
  readonly theme: string;
  readonly kind: (typeof WORKSHOP_KINDS)[number];
}

export interface WorkshopInvitation {
  readonly id: RecordId;
  readonly workshopId: RecordId;
  readonly mentorId: RecordId;
  readonly attended: boolean;
}
