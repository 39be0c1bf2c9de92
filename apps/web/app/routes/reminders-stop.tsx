import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import { apiErrorKey } from '@tandem/web-kit/server';
import { title } from '../lib/meta.ts';
import { publicApi } from '../lib/public-intake.server.ts';

export const meta: MetaFunction = (args) => title(args, 'reminder.stop.title');

/** A token the API cannot read is as unusable as a forged one: one clear page for both. */
function invalidLink(error: unknown) {
  const key = apiErrorKey(error);
  if (key === 'reminders.stop_link_invalid' || key === 'validation.invalid_input') return null;
  throw error;
}

/**
 * Opening the link stops nothing: mail scanners follow links, so only pressing the button
 * (a POST) does. It needs no sign-in; the signed token names the person.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const preview = token
    ? await publicApi(context).reminderStop.preview.query({ token }).catch(invalidLink)
    : null;
  return { token, preview };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const token = String((await request.formData()).get('token') ?? '');
  const result = await publicApi(context).reminderStop.confirm.mutate({ token }).catch(invalidLink);
  return result ? result : data(null, { status: 400 });
}

export default function RemindersStop() {
  const { token, preview } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  if (!preview || result === null) {
    return (
      <div className="narrow portal">
        <h1>{t('reminder.stop.title')}</h1>
        <p className="notice" role="alert">
          {t('reminders.stop_link_invalid')}
        </p>
      </div>
    );
  }
  // After pressing the button, or when the link had been used before.
  const doneKey = result ? 'reminder.stop.done' : preview.stopped ? 'reminder.stop.already' : null;
  return (
    <div className="narrow portal">
      <h1>{t('reminder.stop.title')}</h1>
      {doneKey ? (
        <p className="success" role="status">
          {t(doneKey)}
        </p>
      ) : (
        <>
          <p>{t('reminder.stop.intro', { organisation: preview.organisationName })}</p>
          <Form method="post" className="call-to-action">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button button--large" disabled={submitting}>
              {t('reminder.stop.submit')}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
