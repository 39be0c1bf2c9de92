import { EVALUATION_QUESTIONS, type EvaluationScale } from '@tandem/domain';
import type { MessageKey } from '@tandem/i18n';
import { useTranslator } from '@tandem/web-kit';
import type { ApiOutputs } from '@tandem/web-kit/server';

type Evaluations = ApiOutputs['evaluation']['forDuo'];

const answerKey = (scale: EvaluationScale, value: string) =>
  `evaluation.scale.${scale}.${value}` as MessageKey;

/**
 * E3 on the staff duo page: per side whether the evaluation went out, was reminded and
 * answered; the answers and the staff-only comment for those who may read them.
 */
export function DuoEvaluations({ evaluations }: { evaluations: Evaluations }) {
  const { t, formatDate } = useTranslator();
  return (
    <section aria-labelledby="evaluation-title" className="panel">
      <h2 id="evaluation-title">{t('evaluation.staff.title')}</h2>
      {evaluations.ended ? null : <p>{t('evaluation.staff.notEnded')}</p>}
      {evaluations.ended
        ? evaluations.sides.map(({ role, name, evaluation }) => (
            <div key={role}>
              <h3>{t(`evaluation.staff.side.${role}`, { name })}</h3>
              {evaluation === null ? (
                <p>{t('evaluation.staff.notSent')}</p>
              ) : (
                <>
                  <p>
                    {t('evaluation.staff.sent', { date: formatDate(evaluation.sentAt) })}
                    {evaluation.remindedAt.length > 0
                      ? `, ${t('evaluation.staff.reminded', {
                          dates: evaluation.remindedAt.map((at) => formatDate(at)).join(', '),
                        })}`
                      : ''}
                    {' · '}
                    {evaluation.completedAt
                      ? t('evaluation.staff.answered', {
                          date: formatDate(evaluation.completedAt),
                        })
                      : t('evaluation.staff.open')}
                  </p>
                  {evaluation.answers ? (
                    <dl className="details" aria-label={t('evaluation.staff.answersFor', { name })}>
                      {EVALUATION_QUESTIONS.map((q) => {
                        const value = evaluation.answers?.[q.id];
                        return value === undefined ? null : (
                          <div key={q.id}>
                            <dt>{t(`evaluation.question.${q.id}` as MessageKey)}</dt>
                            <dd>{t(answerKey(q.scale, value))}</dd>
                          </div>
                        );
                      })}
                      <div>
                        <dt>{t('evaluation.staff.comment')}</dt>
                        <dd>{evaluation.comment ?? t('evaluation.staff.noComment')}</dd>
                      </div>
                    </dl>
                  ) : null}
                </>
              )}
            </div>
          ))
        : null}
    </section>
  );
}
