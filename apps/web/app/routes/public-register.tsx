import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { INTAKE_CONSENT_TEXT_VERSION } from '@tandem/domain';
import type { Locale } from '@tandem/i18n';
import { ErrorSummary, type FormErrors, RouteErrorMessage, useTranslator } from '@tandem/web-kit';
import { text, toFormErrors, translatorFor } from '@tandem/web-kit/server';
import { ConsentField } from '../components/consent-field.tsx';
import { PersonContactFields } from '../components/person-contact-fields.tsx';
import { auth } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';
import { publicProgrammePath } from '../lib/paths.ts';
import { loadPublicProgramme, publicApi, publicScope } from '../lib/public-intake.server.ts';

export const meta: MetaFunction = (args) => title(args, 'register.title');

async function loadSession(args: LoaderFunctionArgs) {
  const { scope, programme } = await loadPublicProgramme(args.context, args.params);
  const session = programme.infoSessions.find((s) => s.id === args.params.infoSessionId);
  if (!session) throw data(null, { status: 404 });
  return { scope, programme, session };
}

export async function loader(args: LoaderFunctionArgs) {
  const { scope, programme, session } = await loadSession(args);
  return {
    base: publicProgrammePath(scope.organisationSlug, scope.programmeId),
    programme: programme.programme,
    organisation: programme.organisation,
    session,
  };
}

interface RegisterValues {
  name: string;
  email: string;
  phone: string;
  locale: string;
  consent: boolean;
}

type RegisterResult =
  | (FormErrors & { values: RegisterValues; done?: undefined })
  | {
      done: { startsAt: string; place: string | null; onlineUrl: string | null };
      values?: undefined;
    };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await auth.getViewer(request, context);
  const t = translatorFor(request, viewer?.me.user.locale);
  const scope = publicScope(params);
  const form = await request.formData();
  const values: RegisterValues = {
    name: text(form, 'name'),
    email: text(form, 'email'),
    phone: text(form, 'phone'),
    locale: text(form, 'locale'),
    consent: text(form, 'consent') === 'yes',
  };
  try {
    const done = await publicApi(context).publicIntake.registerForInfoSession.mutate({
      ...scope,
      infoSessionId: params.infoSessionId ?? '',
      name: values.name,
      email: values.email,
      phone: values.phone,
      locale: values.locale as Locale,
      consent: {
        given: values.consent as true,
        textVersion: text(form, 'consentTextVersion') as typeof INTAKE_CONSENT_TEXT_VERSION,
      },
    });
    return data<RegisterResult>({ done });
  } catch (error) {
    return data<RegisterResult>({ values, ...toFormErrors(error, t) }, { status: 400 });
  }
}

export default function Register() {
  const { base, programme, organisation, session } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const when = translator.formatDate(session.startsAt, 'dateTime');

  if (result?.done) {
    return (
      <div className="narrow">
        <h1>{t('register.doneTitle')}</h1>
        <p className="success" role="status">
          {t('register.doneBody', { programme: programme.name, date: when })}
        </p>
        <dl className="details">
          <dt>{t('register.when')}</dt>
          <dd>{translator.formatDate(result.done.startsAt, 'dateTime')}</dd>
          {result.done.place ? (
            <>
              <dt>{t('register.where')}</dt>
              <dd>{result.done.place}</dd>
            </>
          ) : null}
          {result.done.onlineUrl ? (
            <>
              <dt>{t('register.link')}</dt>
              <dd>
                <a href={result.done.onlineUrl}>{result.done.onlineUrl}</a>
              </dd>
            </>
          ) : null}
        </dl>
        <p>{t('register.nextStep')}</p>
        <div className="call-to-action">
          <Link to={`${base}/apply/${session.audience}`} className="button">
            {t(
              session.audience === 'mentor'
                ? 'publicProgramme.applyAsMentor'
                : 'publicProgramme.applyAsMentee',
            )}
          </Link>
          <Link to={base} className="button button--quiet">
            {t('register.backToProgramme')}
          </Link>
        </div>
      </div>
    );
  }

  const values = result?.values;
  const fieldErrors = result?.fieldErrors ?? {};
  const labels = {
    name: t('register.name'),
    email: t('register.email'),
    phone: t('register.phone'),
    locale: t('register.locale'),
    consent: t('consent.title'),
  };
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to={base}>{programme.name}</Link>
      </p>
      <h1>{t('register.title')}</h1>
      <p>
        {t('register.intro', {
          audience: t(`value.sessionAudience.${session.audience}`),
          date: when,
        })}{' '}
        {session.place ?? t('publicProgramme.online')}
      </p>
      <ErrorSummary formError={result?.formError} fieldErrors={fieldErrors} labels={labels} />
      <Form method="post" noValidate>
        <div className="panel">
          <PersonContactFields
            localeField="locale"
            labels={{
              name: labels.name,
              email: labels.email,
              phone: labels.phone,
              locale: labels.locale,
            }}
            localeHint={t('register.localeHint')}
            values={values}
            fieldErrors={fieldErrors}
            pageLocale={translator.locale}
          />
        </div>
        <ConsentField
          organisation={organisation.name}
          error={fieldErrors.consent}
          defaultChecked={values?.consent}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('form.sending') : t('register.submit')}
          </button>
          <Link to={base} className="button button--quiet">
            {t('form.cancel')}
          </Link>
        </div>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
