import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  ErrorSummary,
  type FormResult,
  RouteErrorMessage,
  TextAreaField,
  useTranslator,
} from '@tandem/web-kit';
import { text, toFormErrors } from '@tandem/web-kit/server';
import { title } from '../lib/meta.ts';
import { portalPath } from '../lib/paths.ts';
import { loadOwnMatch } from '../lib/portal.server.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.home.validate');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationSlug, match } = await loadOwnMatch(request, context, params);
  return {
    organisationSlug,
    match: {
      otherFirstName: match.otherFirstName,
      open: match.status === 'proposed',
      // The domain's rule, through the API: answers come after a held first meeting.
      meetingHeld: match.status === 'proposed' && match.waiting.step !== 'first_meeting',
      myAnswer: match.myAnswer,
    },
  };
}

type ValidateResult =
  | (FormResult<{ reason: string }> & { done?: undefined })
  | { done: 'confirmed' | 'declined' };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, organisationSlug, match, t } = await loadOwnMatch(request, context, params);
  const form = await request.formData();
  const answer = text(form, 'answer') === 'declined' ? 'declined' : 'confirmed';
  const reason = text(form, 'reason');
  try {
    await api.portal.validate.mutate({
      organisationSlug,
      matchId: match.id,
      answer,
      reason: answer === 'declined' && reason ? reason : undefined,
    });
    return data<ValidateResult>({ done: answer });
  } catch (error) {
    return data<ValidateResult>({ values: { reason }, ...toFormErrors(error, t) }, { status: 400 });
  }
}

export default function PortalValidate() {
  const { organisationSlug, match } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const back = (
    <div className="call-to-action">
      <Link to={portalPath(organisationSlug)} className="button button--large">
        {t('portal.back')}
      </Link>
    </div>
  );
  const heading = <h1>{t('portal.validate.title', { name: match.otherFirstName })}</h1>;
  if (result?.done) {
    return (
      <div className="narrow portal">
        {heading}
        <p className="success" role="status">
          {t(`portal.validate.done.${result.done}`)}
        </p>
        {back}
      </div>
    );
  }
  if (!match.open || !match.meetingHeld) {
    return (
      <div className="narrow portal">
        {heading}
        <p className="notice">{t(match.open ? 'portal.validate.notYet' : 'duo.match_closed')}</p>
        {back}
      </div>
    );
  }
  const values = result?.values;
  const labels = { reason: t('portal.validate.reason') };
  return (
    <div className="narrow portal">
      {heading}
      <p>{t('portal.validate.intro')}</p>
      {match.myAnswer ? <p>{t(`portal.home.yourAnswer.${match.myAnswer}`)}</p> : null}
      <ErrorSummary
        formError={result?.formError}
        fieldErrors={result?.fieldErrors}
        labels={labels}
      />
      <Form method="post" className="call-to-action">
        <input type="hidden" name="answer" value="confirmed" />
        <button type="submit" className="button button--large" disabled={submitting}>
          {t('portal.validate.confirm')}
        </button>
      </Form>
      <Form method="post" noValidate className="panel portal__decline">
        <h2>{t('portal.validate.decline')}</h2>
        <input type="hidden" name="answer" value="declined" />
        <TextAreaField
          name="reason"
          label={labels.reason}
          defaultValue={values?.reason}
          error={result?.fieldErrors.reason}
        />
        <div className="call-to-action">
          <button
            type="submit"
            className="button button--danger button--large"
            disabled={submitting}
          >
            {t('portal.validate.declineSubmit')}
          </button>
        </div>
      </Form>
      <p>
        <Link to={portalPath(organisationSlug)}>{t('portal.back')}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
