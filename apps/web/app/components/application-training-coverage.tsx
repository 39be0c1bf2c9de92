import { Link } from '@remix-run/react';
import { useTranslator } from '@tandem/web-kit';
import { TRAINING_TOPIC_TOTAL, trainingTopicList } from '../lib/training.ts';
import { trainingPath } from '../lib/training-paths.ts';
import { TrainingReady } from './training-ready.tsx';

export interface ApplicationTrainingCoverageData {
  applies: boolean;
  coveredCount: number;
  missing: readonly string[];
  ready: boolean;
  sessionsAttended: number;
}

/** An accepted mentor's coverage of the ten A5 topics, on their application page. */
export function ApplicationTrainingCoverage({
  organisationId,
  programmeId,
  coverage,
}: {
  organisationId: string;
  programmeId: string;
  coverage: ApplicationTrainingCoverageData | null;
}) {
  const translator = useTranslator();
  const { t } = translator;
  if (!coverage?.applies) return null;
  return (
    <section className="panel" aria-labelledby="training-coverage-title" id="training">
      <h2 id="training-coverage-title">{t('trainingCoverage.applicationTitle')}</h2>
      <p>
        <TrainingReady ready={coverage.ready} />
      </p>
      <p>
        {t('trainingCoverage.countOf', {
          count: coverage.coveredCount,
          total: TRAINING_TOPIC_TOTAL,
        })}{' '}
        {t('trainingCoverage.sessionsAttended', { count: coverage.sessionsAttended })}
      </p>
      {coverage.missing.length > 0 ? (
        <p>
          {t('trainingCoverage.missingList', {
            topics: trainingTopicList(translator, coverage.missing),
          })}
        </p>
      ) : null}
      <p>
        <Link to={trainingPath(organisationId, programmeId, 'coverage')}>
          {t('trainingCoverage.title')}
        </Link>
      </p>
    </section>
  );
}
