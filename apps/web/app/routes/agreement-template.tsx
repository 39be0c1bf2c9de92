import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { type Locale, locales } from '@tandem/i18n';
import { ErrorSummary, type FormErrors, TextAreaField, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, text } from '@tandem/web-kit/server';
import { agreementTemplatePath } from '../lib/agreement-paths.ts';
import { toNestedFormErrors } from '../lib/form-errors.server.ts';
import { intentOf } from '../lib/intake-access.server.ts';
import { languageName } from '../lib/languages.ts';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { programmePath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'agreementTemplate.title');

const TEXT_FIELDS = ['ethicalCharter', 'confidentiality', 'whenDifficult'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Each language has its own form on the page, so its fields carry the language in their name. */
const fieldName = (field: TextField, locale: Locale) => `${field}-${locale}`;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership, canEditProgrammes } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const scope = {
    organisationId: membership.organisationId,
    programmeId: params.programmeId ?? '',
  };
  const [programme, agreement] = await Promise.all([
    viewer.api.programme.get.query(scope).catch(rethrowAsRouteError),
    viewer.api.agreementTemplate.get.query(scope).catch(rethrowAsRouteError),
  ]);
  return {
    organisationId: membership.organisationId,
    programme: { id: programme.id, name: programme.name },
    canEdit: canEditProgrammes,
    ...agreement,
  };
}

interface Preview {
  text: string;
  draft: boolean;
}

type ActionResult =
  | { done: 'saved'; locale: Locale; version: number; preview: Preview }
  | { done: 'preview'; locale: Locale; preview: Preview; values: Record<string, string> }
  | { done: null; locale: Locale; errors: FormErrors; values: Record<string, string> };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { viewer, membership, t } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const form = await request.formData();
  const locale = locales.find((l) => l === text(form, 'locale')) ?? locales[0];
  const scope = {
    organisationId: membership.organisationId,
    programmeId: params.programmeId ?? '',
    locale,
  };
  const values = Object.fromEntries(
    TEXT_FIELDS.map((field) => [fieldName(field, locale), text(form, fieldName(field, locale))]),
  );
  const texts = Object.fromEntries(
    TEXT_FIELDS.map((field) => [field, values[fieldName(field, locale)] ?? '']),
  ) as Record<TextField, string>;
  try {
    if (intentOf(form) === 'save') {
      const saved = await viewer.api.agreementTemplate.save.mutate({ ...scope, ...texts });
      const preview = await viewer.api.agreementTemplate.preview.mutate(scope);
      return data<ActionResult>({
        done: 'saved',
        locale,
        version: saved.version,
        preview: { text: preview.text, draft: false },
      });
    }
    const preview = await viewer.api.agreementTemplate.preview.mutate({ ...scope, draft: texts });
    return data<ActionResult>({
      done: 'preview',
      locale,
      preview: { text: preview.text, draft: true },
      values,
    });
  } catch (error) {
    const fields = Object.fromEntries(
      TEXT_FIELDS.flatMap((field) => [
        [field, fieldName(field, locale)],
        [`draft.${field}`, fieldName(field, locale)],
      ]),
    );
    return data<ActionResult>(
      { done: null, locale, errors: toNestedFormErrors(error, t, fields), values },
      { status: 400 },
    );
  }
}

export default function AgreementTemplate() {
  const { organisationId, programme, canEdit, durationMonths, contactIntervalDays, templates } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t, formatDate } = translator;
  const submitting = useNavigation().state === 'submitting';
  const labels = (locale: Locale) =>
    Object.fromEntries(
      TEXT_FIELDS.map((field) => [fieldName(field, locale), t(`agreementTemplate.field.${field}`)]),
    );
  return (
    <>
      <p className="breadcrumb">
        <Link to={programmePath(organisationId, programme.id)}>{programme.name}</Link>
      </p>
      <h1>{t('agreementTemplate.title')}</h1>
      <p>{t('agreementTemplate.intro')}</p>
      <div className="panel">
        <p>{t('agreementTemplate.values')}</p>
        <dl className="details">
          <dt>{t('programme.detail.plannedDuration')}</dt>
          <dd>{t('programme.detail.duration', { count: durationMonths })}</dd>
          <dt>{t('programme.detail.contact')}</dt>
          <dd>{t('programme.detail.contactFrequency', { count: contactIntervalDays })}</dd>
        </dl>
        {canEdit ? (
          <p>
            <Link to={`${programmePath(organisationId, programme.id)}/edit`}>
              {t('agreementTemplate.editProgramme')}
            </Link>
          </p>
        ) : null}
      </div>
      {canEdit ? null : <p className="notice">{t('agreementTemplate.readOnly')}</p>}
      {templates.map((template) => {
        const { locale } = template;
        const language = languageName(translator, locale);
        const own = result?.locale === locale ? result : null;
        const refused = own?.done === null ? own : null;
        const kept = own && own.done !== 'saved' ? own.values : null;
        const value = (field: TextField) => kept?.[fieldName(field, locale)] ?? template[field];
        const headingId = `agreement-${locale}`;
        return (
          <section key={locale} className="panel" aria-labelledby={headingId}>
            <h2 id={headingId}>{language}</h2>
            <p className="muted">
              {template.isDefault || template.updatedAt === null
                ? t('agreementTemplate.default')
                : template.updatedByName
                  ? t('agreementTemplate.version', {
                      version: template.version ?? 1,
                      date: formatDate(template.updatedAt, 'dateTime'),
                      name: template.updatedByName,
                    })
                  : t('agreementTemplate.versionNoName', {
                      version: template.version ?? 1,
                      date: formatDate(template.updatedAt, 'dateTime'),
                    })}
            </p>
            {own?.done === 'saved' ? (
              <p className="success" role="status">
                {t('agreementTemplate.saved', { language, version: own.version })}
              </p>
            ) : null}
            <Form
              method="post"
              action={agreementTemplatePath(organisationId, programme.id)}
              noValidate
            >
              <input type="hidden" name="locale" value={locale} />
              {refused ? (
                <ErrorSummary
                  formError={refused.errors.formError}
                  fieldErrors={refused.errors.fieldErrors}
                  labels={labels(locale)}
                />
              ) : null}
              {TEXT_FIELDS.map((field) => (
                <TextAreaField
                  key={field}
                  name={fieldName(field, locale)}
                  label={t(`agreementTemplate.field.${field}`)}
                  hint={
                    field === 'whenDifficult'
                      ? t('agreementTemplate.hint.whenDifficult')
                      : undefined
                  }
                  required
                  rows={5}
                  defaultValue={value(field)}
                  error={refused?.errors.fieldErrors[fieldName(field, locale)]}
                />
              ))}
              <div className="actions">
                <button
                  type="submit"
                  name="intent"
                  value="preview"
                  className="button button--quiet"
                  disabled={submitting}
                >
                  {t('agreementTemplate.showPreview')}
                </button>
                {canEdit ? (
                  <button
                    type="submit"
                    name="intent"
                    value="save"
                    className="button"
                    disabled={submitting}
                  >
                    {t('agreementTemplate.save')}
                  </button>
                ) : null}
              </div>
            </Form>
            {own && own.done !== null ? (
              <section aria-labelledby={`preview-${locale}`}>
                <h3 id={`preview-${locale}`}>{t('agreementTemplate.previewTitle')}</h3>
                <p className="field__hint">
                  {t(
                    own.preview.draft
                      ? 'agreementTemplate.previewDraft'
                      : 'agreementTemplate.previewIntro',
                  )}
                </p>
                <div className="message-body" lang={locale}>
                  {own.preview.text}
                </div>
              </section>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
