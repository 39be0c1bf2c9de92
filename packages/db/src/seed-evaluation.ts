import { EVALUATION_QUESTION_SET_VERSION, type EvaluationAnswers } from '@tandem/domain';
import { and, desc, eq, isNotNull, notExists } from 'drizzle-orm';
import { applications, duos, evaluations } from './schema/index.ts';
import type { Transaction } from './unit-of-work.ts';

const DAY = 86_400_000;

const ANSWERS: readonly EvaluationAnswers[] = [
  {
    overall: '4',
    closer_to_work: '4',
    contact_rhythm: 'right',
    support_from_organisation: '5',
    would_recommend: 'yes',
  },
  {
    overall: '3',
    closer_to_work: '2',
    contact_rhythm: 'too_little',
    support_from_organisation: '4',
    would_recommend: 'unsure',
  },
];

/**
 * E3 in the demo: both sides of every other ended duo of the programme got their evaluation
 * the day after the end was recorded, in their own language, as the job sends it. The one
 * ended last is half answered — its mentor answered, its mentee's is still open in the
 * portal — and the older ones are answered on both sides, so E3 shows a real status and its
 * drill-down both kinds of record. Runs after the other seeds that end duos.
 */
export async function seedEvaluations(tx: Transaction, tenantId: string, programmeId: string) {
  const ended = await tx
    .select()
    .from(duos)
    .where(
      and(
        eq(duos.tenantId, tenantId),
        eq(duos.programmeId, programmeId),
        isNotNull(duos.endedOn),
        notExists(
          tx
            .select({ id: evaluations.id })
            .from(evaluations)
            .where(and(eq(evaluations.tenantId, duos.tenantId), eq(evaluations.duoId, duos.id))),
        ),
      ),
    )
    .orderBy(desc(duos.endedOn), desc(duos.id));
  const people = await tx
    .select({ id: applications.id, locale: applications.preferredLocale })
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.programmeId, programmeId)));
  const localeOf = (id: string) => people.find((p) => p.id === id)?.locale ?? 'nl';
  const rows = ended.flatMap((duo, index) => {
    const recorded = duo.endRecordedAt?.getTime() ?? Date.parse(duo.endedOn ?? '');
    const sentAt = new Date(recorded + DAY);
    const answeredAt = new Date(sentAt.getTime() + 3 * DAY);
    return (['mentor', 'mentee'] as const).map((role) => {
      const applicationId = role === 'mentor' ? duo.mentorApplicationId : duo.menteeApplicationId;
      const open = index === 0 && role === 'mentee';
      return {
        tenantId,
        duoId: duo.id,
        role,
        applicationId,
        questionSetVersion: EVALUATION_QUESTION_SET_VERSION,
        locale: localeOf(applicationId),
        sentAt,
        completedAt: open ? null : answeredAt,
        answers: open ? null : (ANSWERS[index % ANSWERS.length] ?? null),
        comment:
          !open && role === 'mentee' && index === 1
            ? 'Plus de contacts au début nous auraient aidés.'
            : null,
      };
    });
  });
  if (rows.length > 0) await tx.insert(evaluations).values(rows);
}
