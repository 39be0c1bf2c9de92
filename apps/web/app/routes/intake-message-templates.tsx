import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  DECISION_MESSAGE_KINDS,
  type DecisionMessageKind,
  LOCALES,
  type Locale,
} from '@tandem/domain';
import { ErrorSummary, TextAreaField, TextField, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'templates.title');

const PLACEHOLDERS = ['name', 'programme', 'organisation', 'reason', 'reasonText'] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const [programme, templates] = await Promise.all([
    programmeHeading(access),
    access.api.messageTemplate.list
      .query({ organisationId: access.organisationId, programmeId: access.programmeId })
      .catch(rethrowAsRouteError),
  ]);
  return { organisationId: access.organisationId, programme, templates, can: access.can };
}

interface TemplateValues {
  kind: string;
  locale: string;
  subject: string;
  body: string;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const values: TemplateValues = {
    kind: text(form, 'kind'),
    locale: text(form, 'locale'),
    subject: text(form, 'subject'),
    body: text(form, 'body'),
  };
  try {
    await access.api.messageTemplate.save.mutate({
      organisationId: access.organisationId,
      programmeId: access.programmeId,
      kind: values.kind as DecisionMessageKind,
      locale: values.locale as Locale,
      subject: values.subject,
      body: values.body,
    });
    return { values, saved: true, formError: null, fieldErrors: {} as Record<string, string> };
  } catch (error) {
    return data({ values, saved: false, ...toFormErrors(error, access.t) }, { status: 400 });
  }
}

export default function MessageTemplates() {
  const { organisationId, programme, templates, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const navigation = useNavigation();
  const saving = navigation.state === 'submitting' ? navigation.formData : null;
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>{t('templates.title')}</h1>
      <p>{t('templates.intro')}</p>
      <section aria-labelledby="placeholders-title" className="panel">
        <h2 id="placeholders-title">{t('templates.placeholdersTitle')}</h2>
        <p>{t('templates.placeholdersIntro')}</p>
        <dl>
          {PLACEHOLDERS.map((name) => (
            <div key={name}>
              <dt>
                <code>{`{{${name}}}`}</code>
              </dt>
              <dd>{t(`templates.placeholder.${name}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {can.manage ? null : <p className="notice">{t('templates.readOnly')}</p>}
      {DECISION_MESSAGE_KINDS.flatMap((kind) =>
        LOCALES.map((locale) => {
          const template = templates.find((x) => x.kind === kind && x.locale === locale);
          if (!template) return null;
          const id = `${kind}-${locale}`;
          const mine = result?.values.kind === kind && result.values.locale === locale;
          const errors = mine && !result.saved ? result : null;
          const values = errors ? errors.values : template;
          const labels = {
            subject: t('templates.subject'),
            body: t('templates.body'),
          };
          return (
            <section key={id} aria-labelledby={`${id}-title`} className="narrow">
              <h2 id={`${id}-title`}>
                {t('templates.heading', {
                  kind: t(`value.messageKind.${kind}`),
                  language: t(`language.${locale}`),
                })}{' '}
                <span className="status">
                  {template.isDefault ? t('templates.default') : t('templates.custom')}
                </span>
              </h2>
              {mine && result.saved ? (
                <p role="status" className="notice">
                  {t('templates.saved')}
                </p>
              ) : null}
              {errors ? (
                <ErrorSummary
                  formError={errors.formError}
                  fieldErrors={Object.fromEntries(
                    Object.entries(errors.fieldErrors).map(([k, v]) => [`${id}-${k}`, v]),
                  )}
                  labels={{ [`${id}-subject`]: labels.subject, [`${id}-body`]: labels.body }}
                />
              ) : null}
              <Form method="post" noValidate className="panel" key={`${id}-${template.subject}`}>
                <input type="hidden" name="kind" value={kind} />
                <input type="hidden" name="locale" value={locale} />
                <TextField
                  name="subject"
                  id={`field-${id}-subject`}
                  label={labels.subject}
                  required
                  readOnly={!can.manage}
                  defaultValue={values.subject}
                  error={errors?.fieldErrors.subject}
                />
                <TextAreaField
                  name="body"
                  id={`field-${id}-body`}
                  label={labels.body}
                  required
                  rows={10}
                  defaultValue={values.body}
                  error={errors?.fieldErrors.body}
                />
                {can.manage ? (
                  <div className="actions">
                    <button type="submit" className="button" disabled={Boolean(saving)}>
                      {saving?.get('kind') === kind && saving.get('locale') === locale
                        ? t('form.saving')
                        : t('templates.save')}
                      <span className="visually-hidden">
                        {' '}
                        {t(`value.messageKind.${kind}`)} {t(`language.${locale}`)}
                      </span>
                    </button>
                  </div>
                ) : null}
              </Form>
            </section>
          );
        }),
      )}
    </>
  );
}
