import { z } from 'zod';
import { Instant, LineText, WebAddress } from '../shared.schema.ts';

/**
 * The input pieces every scheduled session shares (info sessions A1/B2, training sessions
 * A5): when it starts, where it takes place or the link to join it online, and how many
 * people it takes. The web forms send the start as Belgian wall-clock time turned into an
 * instant with its offset.
 */
export const ScheduledSessionFields = {
  startsAt: Instant,
  place: LineText.max(300).nullish(),
  onlineUrl: WebAddress.nullish(),
};

export const SessionCapacity = z.int().min(1).max(10_000);

/** A session needs a place, an online link, or both; the error stands on the place field. */
export function requirePlaceOrLink(
  value: { place?: string | null; onlineUrl?: string | null },
  ctx: z.RefinementCtx,
) {
  if (!value.place && !value.onlineUrl)
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'intake.place_or_link_required' });
}

/** Attendance entries of a session, one per person. */
export const AttendanceEntries = <T extends z.ZodType>(entry: T) =>
  z.array(entry).min(1).max(10_000);
