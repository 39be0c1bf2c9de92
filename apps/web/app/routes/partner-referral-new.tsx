import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { REFERRAL_CONSENT_TEXT_VERSION } from '@tandem/domain';
import {
  CheckboxField,
  ErrorSummary,
  type FormResult,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text } from '@tandem/web-kit/server';
import { toNestedFormErrors } from '../lib/form-errors.server.ts';
import { title } from '../lib/meta.ts';
import { requirePartner } from '../lib/partner.server.ts';
import { partnerAreaPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'partnerArea.newReferral');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { api, partnerId } = await requirePartner(request, context, params.partnerId);
  const organisations = await api.partner.organisations
    .query({ partnerId })
    .catch(rethrowAsRouteError);
  return { organisations };
}

type Values = Record<string, string>;

/** One select for both: "organisation slug|programme id", readable as "Organisation — Programme". */
function splitTarget(value: string) {
  const [organisationSlug = '', programmeId = ''] = value.split('|');
  return { organisationSlug, programmeId };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { api, partnerId, t } = await requirePartner(request, context, params.partnerId);
  const form = await request.formData();
  const values: Values = Object.fromEntries(
    ['target', 'name', 'email', 'phone', 'preferredLanguage', 'needs', 'consent'].map((n) => [
      n,
      text(form, n),
    ]),
  );
  const consented = values.consent === 'yes';
  try {
    await api.partner.referrals.submit.mutate({
      partnerId,
      referral: {
        ...splitTarget(values.target ?? ''),
        person: {
          name: values.name ?? '',
          email: values.email ?? '',
          phone: values.phone || null,
          preferredLanguage: values.preferredLanguage as 'nl' | 'fr' | 'en',
        },
        needs: values.needs ?? '',
        // The API requires the recorded consent; without the box ticked there is none.
        consent: consented
          ? { givenAt: new Date().toISOString(), textVersion: REFERRAL_CONSENT_TEXT_VERSION }
          : (undefined as unknown as { givenAt: string; textVersion: string }),
      },
    });
    return redirect(`${partnerAreaPath(partnerId)}?submitted=1`);
  } catch (error) {
    return data<FormResult<Values>>(
      {
        values,
        ...toNestedFormErrors(
          error,
          t,
          {
            'referral.organisationSlug': 'target',
            'referral.programmeId': 'target',
            'referral.person.name': 'name',
            'referral.person.email': 'email',
            'referral.person.phone': 'phone',
            'referral.person.preferredLanguage': 'preferredLanguage',
            'referral.needs': 'needs',
            'referral.consent': 'consent',
          },
          {
            target: 'referral.targetError',
            preferredLanguage: 'referral.languageError',
            consent: 'referral.consentRequired',
          },
        ),
      },
      { status: 400 },
    );
  }
}

export default function NewReferral() {
  const { organisations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const fieldErrors = result?.fieldErrors ?? {};
  const values = result?.values ?? {};
  const submitting = useNavigation().state === 'submitting';
  const labels = {
    target: t('referral.target'),
    name: t('referral.personName'),
    email: t('referral.personEmail'),
    phone: t('referral.personPhone'),
    preferredLanguage: t('referral.preferredLanguage'),
    needs: t('referral.needs'),
    consent: t('referral.consentAgree'),
  };
  const targets = organisations.flatMap((o) =>
    o.programmes.map((p) => ({ value: `${o.slug}|${p.id}`, label: `${o.name} — ${p.name}` })),
  );
  return (
    <div className="narrow">
      <h1>{t('partnerArea.newReferral')}</h1>
      <p>{t('referral.formIntro')}</p>
      {result ? (
        <ErrorSummary formError={result.formError} fieldErrors={fieldErrors} labels={labels} />
      ) : null}
      {targets.length === 0 ? (
        <p className="notice">{t('referral.noLinkedOrganisations')}</p>
      ) : (
        <Form method="post" noValidate>
          <SelectField
            name="target"
            label={labels.target}
            hint={t('referral.targetHint')}
            required
            placeholder={t('form.choose')}
            options={targets}
            defaultValue={values.target ?? (targets.length === 1 ? targets[0]?.value : undefined)}
            error={fieldErrors.target}
          />
          <fieldset>
            <legend>{t('referral.personTitle')}</legend>
            <TextField
              name="name"
              label={labels.name}
              required
              autoComplete="off"
              defaultValue={values.name}
              error={fieldErrors.name}
            />
            <TextField
              name="email"
              type="email"
              inputMode="email"
              label={labels.email}
              required
              autoComplete="off"
              defaultValue={values.email}
              error={fieldErrors.email}
            />
            <TextField
              name="phone"
              type="tel"
              inputMode="tel"
              label={labels.phone}
              autoComplete="off"
              defaultValue={values.phone}
              error={fieldErrors.phone}
            />
            <RadioGroup
              name="preferredLanguage"
              legend={labels.preferredLanguage}
              required
              options={[
                { value: 'nl', label: 'Nederlands', lang: 'nl' },
                { value: 'fr', label: 'Français', lang: 'fr' },
                { value: 'en', label: 'English', lang: 'en' },
              ]}
              defaultValue={values.preferredLanguage}
              error={fieldErrors.preferredLanguage}
            />
          </fieldset>
          <TextAreaField
            name="needs"
            label={labels.needs}
            hint={t('referral.needsHint')}
            required
            rows={5}
            defaultValue={values.needs}
            error={fieldErrors.needs}
          />
          <section className="panel" aria-labelledby="referral-consent-title">
            <h2 id="referral-consent-title">{t('referral.consentTitle')}</h2>
            <p>{t('referral.consentText')}</p>
            <CheckboxField
              name="consent"
              label={labels.consent}
              error={fieldErrors.consent}
              defaultChecked={values.consent === 'yes'}
            />
          </section>
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('form.sending') : t('referral.submit')}
          </button>
        </Form>
      )}
    </div>
  );
}
