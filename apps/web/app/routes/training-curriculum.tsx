import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from '@remix-run/react';
import type { TrainingTopicId } from '@tandem/domain';
import {
  CheckboxGroup,
  ErrorSummary,
  type FormErrors,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, texts, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { TrainingNav } from '../components/training-nav.tsx';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { trainingTopicLabel, trainingTopicList, trainingTopicOptions } from '../lib/training.ts';
import { trainingPath } from '../lib/training-paths.ts';

export const meta: MetaFunction = (args) => title(args, 'trainingCurriculum.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const [programme, curriculum] = await Promise.all([
    programmeHeading(access),
    access.api.training.curriculum.list
      .query({ organisationId: access.organisationId, programmeId: access.programmeId })
      .catch(rethrowAsRouteError),
  ]);
  return { organisationId: access.organisationId, programme, curriculum, can: access.can };
}

interface ModuleValues {
  moduleId: string;
  name: string;
  description: string;
  topics: string[];
}

type ActionResult = FormErrors & { intent: string; values?: ModuleValues };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const intent = intentOf(form);
  const here = trainingPath(access.organisationId, access.programmeId, 'curriculum');
  if (intent === 'delete') {
    try {
      await access.api.training.curriculum.deleteModule.mutate({
        organisationId: access.organisationId,
        moduleId: text(form, 'moduleId'),
      });
      return redirect(`${here}?saved=deleted`);
    } catch (error) {
      return data<ActionResult>({ intent, ...toFormErrors(error, access.t) }, { status: 400 });
    }
  }
  if (intent !== 'save') throw data(null, { status: 400 });
  const values: ModuleValues = {
    moduleId: text(form, 'moduleId'),
    name: text(form, 'name'),
    description: text(form, 'description'),
    topics: texts(form, 'topics'),
  };
  try {
    await access.api.training.curriculum.saveModule.mutate({
      organisationId: access.organisationId,
      programmeId: access.programmeId,
      moduleId: values.moduleId || null,
      name: values.name,
      description: values.description,
      topics: values.topics as TrainingTopicId[],
    });
    return redirect(`${here}?saved=${values.moduleId ? 'updated' : 'added'}`);
  } catch (error) {
    return data<ActionResult>(
      { intent, values, ...toFormErrors(error, access.t) },
      { status: 400 },
    );
  }
}

export default function TrainingCurriculum() {
  const { organisationId, programme, curriculum, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const [searchParams] = useSearchParams();
  const saved = result ? null : searchParams.get('saved');
  const here = trainingPath(organisationId, programme.id, 'curriculum');
  const editId = result?.values?.moduleId || searchParams.get('edit') || '';
  const editing = curriculum.modules.find((m) => m.id === editId) ?? null;
  const values: ModuleValues | null =
    result?.values ??
    (editing
      ? {
          moduleId: editing.id,
          name: editing.name,
          description: editing.description,
          topics: [...editing.topics],
        }
      : null);
  const fieldErrors = result?.intent === 'save' ? result.fieldErrors : {};
  const labels = {
    name: t('trainingCurriculum.name'),
    description: t('trainingCurriculum.description'),
    topics: t('trainingCurriculum.topics'),
  };
  const { coverage } = curriculum;
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <TrainingNav organisationId={organisationId} programmeId={programme.id} />
      <h1>{t('trainingCurriculum.title')}</h1>
      <p>{t('trainingCurriculum.intro')}</p>
      {saved ? (
        <p className="success" role="status">
          {t(
            saved === 'deleted'
              ? 'trainingCurriculum.deleted'
              : saved === 'updated'
                ? 'trainingCurriculum.updated'
                : 'trainingCurriculum.added',
          )}
        </p>
      ) : null}
      {result?.intent === 'delete' && result.formError ? (
        <p className="error-summary" role="alert" tabIndex={-1}>
          {result.formError}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="coverage-title">
        <h2 id="coverage-title">{t('trainingCurriculum.coverageTitle')}</h2>
        <p>
          <strong>
            {t('trainingCoverage.countOf', { count: coverage.count, total: coverage.total })}
          </strong>
        </p>
        {coverage.complete ? (
          <p>{t('trainingCurriculum.complete')}</p>
        ) : (
          <p>
            {t('trainingCoverage.missingList', {
              topics: trainingTopicList(translator, coverage.missing),
            })}
          </p>
        )}
      </section>

      <section aria-labelledby="modules-title">
        <h2 id="modules-title">{t('trainingCurriculum.modulesTitle')}</h2>
        {curriculum.modules.length === 0 ? (
          <p className="notice">{t('trainingCurriculum.empty')}</p>
        ) : (
          <ul className="card-list">
            {curriculum.modules.map((m) => (
              <li key={m.id} className="panel">
                <h3 id={`module-${m.id}`}>{m.name}</h3>
                {m.description ? <p>{m.description}</p> : null}
                <p className="muted">
                  {t('trainingCoverage.countOf', {
                    count: m.topics.length,
                    total: coverage.total,
                  })}
                </p>
                <ul>
                  {m.topics.map((topic) => (
                    <li key={topic}>{trainingTopicLabel(translator, topic)}</li>
                  ))}
                </ul>
                {can.manage ? (
                  <div className="actions">
                    <Link
                      to={`${here}?edit=${m.id}#module-form`}
                      className="button button--quiet"
                      aria-label={t('trainingCurriculum.editModule', { name: m.name })}
                    >
                      {t('trainingCurriculum.edit')}
                    </Link>
                    <Form method="post">
                      <input type="hidden" name="intent" value="delete" />
                      <input type="hidden" name="moduleId" value={m.id} />
                      <button
                        type="submit"
                        className="button button--danger"
                        aria-label={t('trainingCurriculum.deleteModule', { name: m.name })}
                        disabled={submitting}
                      >
                        {t('trainingCurriculum.delete')}
                      </button>
                    </Form>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {can.manage ? (
        <section aria-labelledby="module-form-title" className="narrow" id="module-form">
          <h2 id="module-form-title">
            {values?.moduleId
              ? t('trainingCurriculum.editTitle', { name: editing?.name ?? values.name })
              : t('trainingCurriculum.addTitle')}
          </h2>
          <ErrorSummary
            formError={result?.intent === 'save' ? result.formError : null}
            fieldErrors={fieldErrors}
            labels={labels}
          />
          <Form method="post" noValidate className="panel" key={values?.moduleId ?? 'new'}>
            <input type="hidden" name="intent" value="save" />
            <input type="hidden" name="moduleId" value={values?.moduleId ?? ''} />
            <TextField
              name="name"
              label={labels.name}
              required
              defaultValue={values?.name}
              error={fieldErrors.name}
            />
            <TextAreaField
              name="description"
              label={labels.description}
              defaultValue={values?.description}
              error={fieldErrors.description}
            />
            <CheckboxGroup
              name="topics"
              legend={labels.topics}
              hint={t('trainingCurriculum.topicsHint')}
              required
              options={trainingTopicOptions(translator)}
              defaultValues={values?.topics ?? []}
              error={fieldErrors.topics}
            />
            <button type="submit" className="button" disabled={submitting}>
              {submitting ? t('form.saving') : t('trainingCurriculum.save')}
            </button>
            {values?.moduleId ? (
              <>
                {' '}
                <Link to={here} className="button button--quiet">
                  {t('trainingCurriculum.cancelEdit')}
                </Link>
              </>
            ) : null}
          </Form>
        </section>
      ) : null}
    </>
  );
}
