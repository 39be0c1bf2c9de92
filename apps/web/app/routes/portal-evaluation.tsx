import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { EVALUATION_QUESTIONS, EVALUATION_SCALES } from '@tandem/domain';
import type { MessageKey } from '@tandem/i18n';
import {
  ErrorSummary,
  type FormErrors,
  RadioGroup,
  RouteErrorMessage,
  TextAreaField,
  useTranslator,
} from '@tandem/web-kit';
import { toFormErrors } from '@tandem/web-kit/server';
import { title } from '../lib/meta.ts';
import { portalPath } from '../lib/paths.ts';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';

export const meta: MetaFunction = (args) => title(args, 'evaluation.portal.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug } = await requireParticipant(request, context, params);
  const evaluation = await api.portalEvaluation.get
    .query({ organisationSlug, evaluationId: params.evaluationId ?? '' })
    .catch(portalReadError(organisationSlug));
  return { organisationSlug, evaluation };
}

type ActionResult =
  | { done: true }
  | { done: false; errors: FormErrors; values: Record<string, string> };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, organisationSlug, t } = await requireParticipant(request, context, params);
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const name of [...EVALUATION_QUESTIONS.map((q) => q.id), 'comment']) {
    const value = form.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  const { comment = '', ...answers } = values;
  try {
    await api.portalEvaluation.answer.mutate({
      organisationSlug,
      evaluationId: params.evaluationId ?? '',
      answers,
      comment,
    });
    return data<ActionResult>({ done: true });
  } catch (error) {
    const errors = toFormErrors(error, t);
    // The API names the questions under "answers"; each unanswered one shows it.
    const { answers: missing, ...fieldErrors } = errors.fieldErrors;
    if (missing)
      for (const q of EVALUATION_QUESTIONS) if (!answers[q.id]) fieldErrors[q.id] = missing;
    return data<ActionResult>(
      { done: false, errors: { ...errors, fieldErrors }, values },
      { status: 400 },
    );
  }
}

/** The evaluation after the duo ends, answered once on a phone. */
export default function PortalEvaluation() {
  const { organisationSlug, evaluation } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const failed = result?.done === false ? result : undefined;
  const errors = failed?.errors.fieldErrors ?? {};
  const questionLabel = (id: string) => t(`evaluation.question.${id}` as MessageKey);
  const labels = {
    ...Object.fromEntries(evaluation.questions.map((q) => [q.id, questionLabel(q.id)])),
    comment: t('evaluation.portal.comment'),
  };
  return (
    <div className="narrow portal">
      <h1>{t('evaluation.portal.title')}</h1>
      {result?.done || evaluation.answered ? (
        <p className="success" role="status">
          {t('evaluation.portal.thanks')}
        </p>
      ) : (
        <>
          <p>{t('evaluation.portal.intro')}</p>
          <Form method="post" noValidate className="panel">
            <ErrorSummary
              formError={failed?.errors.formError}
              fieldErrors={errors}
              labels={labels}
            />
            {evaluation.questions.map((q) => (
              <RadioGroup
                key={q.id}
                name={q.id}
                legend={questionLabel(q.id)}
                options={EVALUATION_SCALES[q.scale].map((value) => ({
                  value,
                  label: t(`evaluation.scale.${q.scale}.${value}` as MessageKey),
                }))}
                defaultValue={failed?.values[q.id] ?? ''}
                error={errors[q.id]}
                required
              />
            ))}
            <TextAreaField
              name="comment"
              label={labels.comment}
              hint={t('evaluation.portal.commentHint')}
              defaultValue={failed?.values.comment ?? ''}
              error={errors.comment}
            />
            <button type="submit" className="button button--large" disabled={submitting}>
              {t('evaluation.portal.submit')}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to={portalPath(organisationSlug)}>{t('evaluation.portal.back')}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
