import { randomUUID } from 'node:crypto';
import { applications, duos, matches, recruitmentChannels, type Transaction } from '@tandem/db';
import { addDays, type EarlyEndReasonCode } from '@tandem/domain';

export interface DuoSpec {
  readonly startDate: string;
  /** The duo's last day, recorded by staff; absent while it runs. */
  readonly endedOn?: string;
  /** How it ended: as planned unless told; an early end may give a reason code. */
  readonly endKind?: 'planned' | 'early';
  readonly endReasonCode?: EarlyEndReasonCode;
  readonly mentorName?: string;
  readonly menteeName?: string;
}

/**
 * Started duos of one programme, written as the rows the duo's start leaves (two accepted
 * applications, a started match, the duo), for tests that begin where the duo does.
 * Returns the duos' IDs by the specs' keys.
 */
export async function writeDuos<K extends string>(
  tx: Transaction,
  tenantId: string,
  programmeId: string,
  decidedBy: string,
  specs: Record<K, DuoSpec>,
): Promise<Record<K, string>> {
  const tag = randomUUID().slice(0, 8);
  const [channel] = await tx
    .insert(recruitmentChannels)
    .values({ tenantId, programmeId, kind: 'other', name: `Duo ${tag}`, audience: 'both' })
    .returning();
  if (!channel) throw new Error('insert returned nothing');
  const ids = {} as Record<K, string>;
  for (const [key, spec] of Object.entries(specs) as [K, DuoSpec][]) {
    const person = (role: 'mentor' | 'mentee', name: string) => ({
      tenantId,
      id: randomUUID(),
      programmeId,
      role,
      name,
      email: `${role}-${key}-${tag}@example.org`.toLowerCase(),
      preferredLocale: 'nl' as const,
      availability: [{ day: 'mon' as const, part: 'evening' as const }],
      postcode: '2000',
      municipality: 'Antwerpen',
      languages: ['nl'],
      sector: 'zorg',
      goal: 'Werk',
      birthYear: 1990,
      channelId: channel.id,
      consentAt: new Date('2024-01-01T00:00:00Z'),
      consentTextVersion: 'intake-consent-2024-01',
    });
    const mentor = person('mentor', spec.mentorName ?? `Mentor ${key}`);
    const mentee = person('mentee', spec.menteeName ?? `Mentee ${key}`);
    await tx.insert(applications).values([mentor, mentee]);
    const matchId = randomUUID();
    await tx.insert(matches).values({
      tenantId,
      id: matchId,
      programmeId,
      mentorApplicationId: mentor.id,
      menteeApplicationId: mentee.id,
      status: 'started',
      score: 0.7,
      scoreBreakdown: [],
      introduction: { mentorFirstName: 'M', menteeFirstName: 'E', commonGround: [] },
      decidedBy,
      decidedAt: new Date(`${addDays(spec.startDate, -14)}T10:00:00Z`),
    });
    const [duo] = await tx
      .insert(duos)
      .values({
        tenantId,
        programmeId,
        matchId,
        mentorApplicationId: mentor.id,
        menteeApplicationId: mentee.id,
        startDate: spec.startDate,
        plannedEndDate: addDays(spec.startDate, 183),
        ...(spec.endedOn === undefined
          ? {}
          : {
              endedOn: spec.endedOn,
              endKind: spec.endKind ?? 'planned',
              endReasonCode: spec.endReasonCode ?? null,
              endedBy: 'staff' as const,
            }),
      })
      .returning();
    if (!duo) throw new Error('insert returned nothing');
    ids[key] = duo.id;
  }
  return ids;
}
