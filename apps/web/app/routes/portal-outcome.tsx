import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { type FormErrors, RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import { toFormErrors } from '@tandem/web-kit/server';
import { OutcomeForm } from '../components/outcome-form.tsx';
import { title } from '../lib/meta.ts';
import { readOutcomeForm } from '../lib/outcome.server.ts';
import { portalReadError, requireParticipant } from '../lib/portal.server.ts';

export const meta: MetaFunction = (args) => title(args, 'outcome.portal.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, organisationSlug } = await requireParticipant(request, context, params);
  const questions = await api.portalOutcome.questions
    .query({ organisationSlug, duoId: params.duoId ?? '' })
    .catch(portalReadError(organisationSlug));
  return { organisationSlug, questions };
}

type ActionResult =
  | { done: true }
  | { done: false; errors: FormErrors; values: Record<string, string> };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, organisationSlug, t } = await requireParticipant(request, context, params);
  const outcome = readOutcomeForm(await request.formData());
  try {
    await api.portalOutcome.answer.mutate({
      organisationSlug,
      duoId: params.duoId ?? '',
      moment: outcome.moment as 'end' | 'follow_up_6m',
      ...outcome.fields,
    });
    return data<ActionResult>({ done: true });
  } catch (error) {
    return data<ActionResult>(
      { done: false, errors: toFormErrors(error, t), values: outcome.values },
      { status: 400 },
    );
  }
}

/** The mentee's answers at the end of their duo and six months later, made for a phone. */
export default function PortalOutcome() {
  const { organisationSlug, questions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const moment = questions.questions[0];
  return (
    <div className="narrow portal">
      <h1>{t('outcome.portal.title')}</h1>
      {result?.done ? (
        <p className="success" role="status">
          {t('outcome.portal.thanks')}
        </p>
      ) : moment ? (
        <>
          <p>
            {t(
              moment === 'follow_up_6m'
                ? 'outcome.portal.introFollowUp'
                : 'outcome.portal.introEnd',
            )}
          </p>
          <OutcomeForm
            moments={[moment]}
            portal
            submitLabel={t('outcome.portal.submit')}
            failed={result?.done === false ? result : undefined}
          />
        </>
      ) : (
        <p>{t('outcome.portal.nothingOpen')}</p>
      )}
      <p>
        <Link to={`/portal/${organisationSlug}`}>{t('outcome.portal.back')}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
