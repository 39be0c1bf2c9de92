import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  ErrorSummary,
  type FormResult,
  RouteErrorMessage,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { text, toFormErrors, translatorFor } from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';
import { portalSlug } from '../lib/portal.server.ts';
import { publicApi } from '../lib/public-intake.server.ts';

export const meta: MetaFunction = (args) => title(args, 'portal.signIn.title');

/** The organisation of the address, by name; an unknown one is not a page. */
export async function loader({ context, params }: LoaderFunctionArgs) {
  const slug = portalSlug(params);
  const organisations = await publicApi(context).portal.organisations.query();
  const organisation = organisations.find((o) => o.slug === slug);
  if (!organisation) throw data(null, { status: 404 });
  return { organisationName: organisation.name };
}

type SignInLinkResult = FormResult<{ email: string }> & { sent: boolean };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await auth.getViewer(request, context);
  const t = translatorFor(request, viewer?.me.user.locale);
  const organisationSlug = portalSlug(params);
  const email = text(await request.formData(), 'email');
  try {
    await publicApi(context).portal.requestSignInLink.mutate({ organisationSlug, email });
    return data<SignInLinkResult>({
      values: { email },
      sent: true,
      formError: null,
      fieldErrors: {},
    });
  } catch (error) {
    return data<SignInLinkResult>(
      { values: { email }, sent: false, ...toFormErrors(error, t) },
      { status: 400 },
    );
  }
}

export default function PortalSignIn() {
  const { organisationName } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const labels = { email: t('portal.signIn.email') };
  return (
    <div className="narrow portal">
      <h1>{t('portal.signIn.title')}</h1>
      <p>{t('portal.signIn.intro', { organisation: organisationName })}</p>
      {result?.sent ? (
        <p className="success" role="status">
          {t('portal.signIn.sent')}
        </p>
      ) : null}
      <ErrorSummary
        formError={result?.formError}
        fieldErrors={result?.fieldErrors}
        labels={labels}
      />
      <Form method="post" noValidate className="panel">
        <TextField
          name="email"
          type="email"
          inputMode="email"
          label={labels.email}
          autoComplete="email"
          required
          defaultValue={result?.values.email}
          error={result?.fieldErrors.email}
        />
        <div className="call-to-action">
          <button type="submit" className="button button--large" disabled={submitting}>
            {submitting ? t('form.sending') : t('portal.signIn.submit')}
          </button>
        </div>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
