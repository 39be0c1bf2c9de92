import {
  agreements,
  applications,
  duoContacts,
  duoPauses,
  duos,
  programmes,
  type Transaction,
} from '@tandem/db';
import {
  addDays,
  brusselsDate,
  type CalendarDate,
  type CONTACT_LOGGED_BY,
  type ContactMode,
  contactDueBy,
  type DuoFollowUpFacts,
  isContactOverdue,
  isPausedOn,
} from '@tandem/domain';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { AppError } from '../errors.ts';

/**
 * The contact log (D2) and pauses of one duo, shared by the staff procedures and the portal:
 * the same date rules, the same follow-up rule (the domain's `follow-up.ts`), and one place
 * that decides who reads a contact's note.
 */

type Duo = typeof duos.$inferSelect;
export type ContactLoggedBy = (typeof CONTACT_LOGGED_BY)[number];

/** Today in the programme's calendar. */
export const brusselsToday = (): CalendarDate => brusselsDate(new Date().toISOString());

/** The duo locked for the rest of the unit, so a pause and a contact apply one after the other. */
export async function lockDuo(tx: Transaction, tenantId: string, duoId: string) {
  const [duo] = await tx
    .select()
    .from(duos)
    .where(and(eq(duos.tenantId, tenantId), eq(duos.id, duoId)))
    .for('update');
  if (!duo) throw new AppError('not_found');
  return duo;
}

/** A contact happens on a day of the duo's life, and not in the future. */
export function checkContactDay(duo: Duo, contactOn: CalendarDate, today: CalendarDate) {
  if (contactOn > today) throw new AppError('contact.in_future');
  if (contactOn < duo.startDate) throw new AppError('contact.before_start');
  if (duo.endedOn !== null && contactOn > duo.endedOn) throw new AppError('contact.after_end');
}

export interface NewContact {
  readonly contactOn: CalendarDate;
  readonly mode: ContactMode;
  readonly durationMinutes: number | null;
  readonly loggedBy: ContactLoggedBy;
  readonly recordedBy: string;
  readonly note: string | null;
  readonly noteSharedWithStaff: boolean;
}

export async function logContact(tx: Transaction, duo: Duo, contact: NewContact) {
  checkContactDay(duo, contact.contactOn, brusselsToday());
  const note = contact.note?.trim() || null;
  const [row] = await tx
    .insert(duoContacts)
    .values({
      tenantId: duo.tenantId,
      duoId: duo.id,
      ...contact,
      note,
      noteSharedWithStaff: note !== null && contact.noteSharedWithStaff,
    })
    .returning({ id: duoContacts.id });
  return { id: (row as { id: string }).id };
}

/** Who reads the log: staff read notes shared with them; a participant reads their own. */
export type ContactReader =
  | { readonly kind: 'staff' }
  | { readonly kind: 'participant'; readonly userId: string };

export async function contactLog(tx: Transaction, duo: Duo, reader: ContactReader) {
  const rows = await tx
    .select()
    .from(duoContacts)
    .where(and(eq(duoContacts.tenantId, duo.tenantId), eq(duoContacts.duoId, duo.id)))
    .orderBy(desc(duoContacts.contactOn), desc(duoContacts.createdAt), asc(duoContacts.id));
  return rows.map((c) => {
    const mine = reader.kind === 'participant' && c.recordedBy === reader.userId;
    const readable = reader.kind === 'staff' ? c.noteSharedWithStaff : mine;
    return {
      id: c.id,
      contactOn: c.contactOn,
      mode: c.mode,
      durationMinutes: c.durationMinutes,
      loggedBy: c.loggedBy,
      note: readable ? c.note : null,
      noteSharedWithStaff: c.noteSharedWithStaff,
      mine,
    };
  });
}

export async function pausesOf(tx: Transaction, duo: Duo) {
  return tx
    .select({
      id: duoPauses.id,
      fromDate: duoPauses.fromDate,
      untilDate: duoPauses.untilDate,
      reason: duoPauses.reason,
    })
    .from(duoPauses)
    .where(and(eq(duoPauses.tenantId, duo.tenantId), eq(duoPauses.duoId, duo.id)))
    .orderBy(asc(duoPauses.fromDate));
}

/**
 * The longest gap the duo's agreement allows; the programme's setting when the duo has no
 * current agreement (a duo recorded before agreements existed).
 */
async function contactIntervalDays(tx: Transaction, duo: Duo) {
  const [agreement] = await tx
    .select({ days: agreements.contactIntervalDays })
    .from(agreements)
    .where(
      and(
        eq(agreements.tenantId, duo.tenantId),
        eq(agreements.matchId, duo.matchId),
        isNull(agreements.supersededAt),
      ),
    );
  if (agreement) return agreement.days;
  const [programme] = await tx
    .select({ days: programmes.minContactFrequencyDays })
    .from(programmes)
    .where(and(eq(programmes.tenantId, duo.tenantId), eq(programmes.id, duo.programmeId)));
  if (!programme) throw new AppError('not_found');
  return programme.days;
}

/** What the duo owes next, as the domain's rule has it, for today. */
export async function contactFollowUp(
  tx: Transaction,
  duo: Duo,
  lastContactOn: CalendarDate | null,
  pauses: readonly { fromDate: string; untilDate: string | null }[],
) {
  const today = brusselsToday();
  const facts: DuoFollowUpFacts = {
    startDate: duo.startDate,
    endedOn: duo.endedOn,
    contactIntervalDays: await contactIntervalDays(tx, duo),
    lastContactOn,
    lastCheckInOn: null,
    pauses: pauses.map((p) => ({ from: p.fromDate, until: p.untilDate })),
  };
  const dueBy = contactDueBy(facts);
  const overdue = isContactOverdue(facts, today);
  return {
    contactIntervalDays: facts.contactIntervalDays,
    lastContactOn,
    dueBy,
    overdueSince: overdue && dueBy !== null ? addDays(dueBy, 1) : null,
    pausedToday: isPausedOn(facts.pauses, today),
  };
}

/** The duo's contact log, pauses and follow-up, as one reader may see them. */
export async function duoContactSummary(tx: Transaction, duo: Duo, reader: ContactReader) {
  const contacts = await contactLog(tx, duo, reader);
  const pauses = await pausesOf(tx, duo);
  const lastContactOn = contacts[0]?.contactOn ?? null;
  return { contacts, pauses, followUp: await contactFollowUp(tx, duo, lastContactOn, pauses) };
}

/** The names of a duo's mentor and mentee. */
export async function duoNames(tx: Transaction, duo: Duo) {
  const people = await tx
    .select({ id: applications.id, name: applications.name })
    .from(applications)
    .where(
      and(
        eq(applications.tenantId, duo.tenantId),
        inArray(applications.id, [duo.mentorApplicationId, duo.menteeApplicationId]),
      ),
    );
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? '';
  return { mentor: name(duo.mentorApplicationId), mentee: name(duo.menteeApplicationId) };
}

/**
 * A pause starts on a day of the duo's life and does not overlap another; a duo has at most
 * one open pause (the database's `duo_pauses_open_key` keeps that too, against a race).
 */
export async function startPause(
  tx: Transaction,
  duo: Duo,
  pause: { fromDate: CalendarDate; reason: string; recordedBy: string },
) {
  if (pause.fromDate < duo.startDate) throw new AppError('pause.before_start');
  if (duo.endedOn !== null && pause.fromDate > duo.endedOn) throw new AppError('pause.after_end');
  const existing = await pausesOf(tx, duo);
  if (existing.some((p) => p.untilDate === null)) throw new AppError('pause.already_open');
  if (existing.some((p) => p.untilDate !== null && pause.fromDate < p.untilDate))
    throw new AppError('pause.overlaps');
  const [row] = await tx
    .insert(duoPauses)
    .values({ tenantId: duo.tenantId, duoId: duo.id, ...pause })
    .returning({ id: duoPauses.id });
  return { id: (row as { id: string }).id };
}

/** The duo resumes on `untilDate` (the first active day again). */
export async function endPause(
  tx: Transaction,
  duo: Duo,
  pauseId: string,
  untilDate: CalendarDate,
) {
  const [pause] = await tx
    .select()
    .from(duoPauses)
    .where(
      and(
        eq(duoPauses.tenantId, duo.tenantId),
        eq(duoPauses.duoId, duo.id),
        eq(duoPauses.id, pauseId),
      ),
    );
  if (!pause) throw new AppError('not_found');
  if (pause.untilDate !== null) throw new AppError('pause.not_open');
  if (untilDate <= pause.fromDate) throw new AppError('pause.end_not_after_start');
  await tx
    .update(duoPauses)
    .set({ untilDate })
    .where(and(eq(duoPauses.tenantId, duo.tenantId), eq(duoPauses.id, pauseId)));
  return { id: pauseId, untilDate };
}
