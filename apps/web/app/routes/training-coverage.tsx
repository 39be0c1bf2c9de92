import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { type Column, ListTable, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { TrainingNav } from '../components/training-nav.tsx';
import { TrainingReady } from '../components/training-ready.tsx';
import { programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';
import { TRAINING_TOPIC_TOTAL, trainingTopicList } from '../lib/training.ts';

export const meta: MetaFunction = (args) => title(args, 'trainingCoverage.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const [programme, mentors] = await Promise.all([
    programmeHeading(access),
    access.api.training.coverage.list
      .query({ organisationId: access.organisationId, programmeId: access.programmeId })
      .catch(rethrowAsRouteError),
  ]);
  return { organisationId: access.organisationId, programme, mentors };
}

type Mentor = ReturnType<typeof useLoaderData<typeof loader>>['mentors'][number];

export default function TrainingCoverage() {
  const { organisationId, programme, mentors } = useLoaderData<typeof loader>();
  const translator = useTranslator();
  const { t } = translator;
  const applications = intakePath(organisationId, programme.id, 'applications');
  const flagged = mentors.filter((m) => !m.ready).length;
  const columns: Column<Mentor>[] = [
    {
      header: t('trainingCoverage.mentor'),
      cell: (m) => <Link to={`${applications}/${m.applicationId}`}>{m.name}</Link>,
    },
    {
      header: t('trainingCoverage.covered'),
      cell: (m) =>
        t('trainingCoverage.countOf', { count: m.coveredCount, total: TRAINING_TOPIC_TOTAL }),
    },
    {
      header: t('trainingCoverage.missing'),
      cell: (m) =>
        m.missing.length === 0
          ? t('trainingCoverage.noneMissing')
          : trainingTopicList(translator, m.missing),
    },
    { header: t('trainingCoverage.readiness'), cell: (m) => <TrainingReady ready={m.ready} /> },
  ];
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <TrainingNav organisationId={organisationId} programmeId={programme.id} />
      <h1>{t('trainingCoverage.title')}</h1>
      <p>{t('trainingCoverage.intro')}</p>
      {mentors.length > 0 ? (
        <p className={flagged > 0 ? 'notice' : undefined}>
          {t('trainingCoverage.summary', {
            count: mentors.length - flagged,
            total: mentors.length,
          })}{' '}
          {flagged > 0 ? t('trainingCoverage.flaggedSummary', { count: flagged }) : null}
        </p>
      ) : null}
      <ListTable
        id="coverage"
        caption={t('trainingCoverage.title')}
        columns={columns}
        rows={mentors}
        rowKey={(m) => m.applicationId}
        empty={{ text: t('trainingCoverage.empty'), tone: 'notice' }}
      />
    </>
  );
}
