import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  isReviewDue,
  MAX_RESOURCE_FILE_BYTES,
  RESOURCE_AUDIENCES,
  RESOURCE_KINDS,
  type ResourceAudience,
  type ResourceKind,
} from '@tandem/domain';
import { isLocale, localeNames, locales } from '@tandem/i18n';
import {
  ErrorSummary,
  type FormErrors,
  fieldId,
  SelectField,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import {
  type ApiInputs,
  type ApiOutputs,
  rethrowAsRouteError,
  text,
  toFormErrors,
} from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { libraryPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'library.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const scope = { organisationId: access.organisationId, programmeId: access.programmeId };
  const [programme, library] = await Promise.all([
    programmeHeading(access),
    access.api.resource.list.query(scope).catch(rethrowAsRouteError),
  ]);
  const editId = new URL(request.url).searchParams.get('edit');
  const resources = library.resources.map((r) => ({
    ...r,
    reviewDue: r.withdrawnOn === null && isReviewDue(r.reviewedOn, library.today),
  }));
  return {
    organisationId: access.organisationId,
    programme,
    resources,
    editing: resources.find((r) => r.id === editId && r.withdrawnOn === null) ?? null,
    canManage: access.can.support,
  };
}

const FIELDS = ['kind', 'title', 'description', 'audience', 'locale', 'reviewedOn', 'url'];
type ActionResult = FormErrors & {
  intent: string;
  resourceId: string;
  values: Record<string, string>;
};

type ResourceMediaType = NonNullable<ApiInputs['resource']['create']['file']>['mediaType'];

/** The uploaded file as the API takes it; a file over the limit is refused here already. */
async function uploadedFile(form: FormData) {
  const upload = form.get('file');
  if (!(upload instanceof File) || upload.size === 0) return { file: undefined };
  if (upload.size > MAX_RESOURCE_FILE_BYTES) return { tooLarge: true as const };
  return {
    file: {
      name: upload.name,
      // The API checks the declared type against the list and against the file's bytes.
      mediaType: upload.type as ResourceMediaType,
      base64: Buffer.from(await upload.arrayBuffer()).toString('base64'),
    },
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const { t } = access;
  const form = await request.formData();
  const intent = intentOf(form);
  const resourceId = text(form, 'resourceId');
  const values = Object.fromEntries(FIELDS.map((name) => [name, text(form, name)]));
  const organisationId = access.organisationId;
  const fail = (errors: FormErrors) =>
    data<ActionResult>({ intent, resourceId, values, ...errors }, { status: 400 });
  try {
    if (intent === 'reviewed')
      await access.api.resource.markReviewed.mutate({ organisationId, resourceId });
    else if (intent === 'withdraw')
      await access.api.resource.withdraw.mutate({ organisationId, resourceId });
    else if (intent === 'create' || intent === 'update') {
      const upload = await uploadedFile(form);
      if ('tooLarge' in upload)
        return fail({ formError: null, fieldErrors: { file: t.t('validation.file_too_large') } });
      const fields = {
        kind: values.kind as ResourceKind,
        title: values.title ?? '',
        description: values.description ?? '',
        audience: values.audience as ResourceAudience,
        locale: isLocale(values.locale) ? values.locale : null,
        reviewedOn: values.reviewedOn || null,
        url: values.url || undefined,
        file: upload.file,
      };
      if (intent === 'create')
        await access.api.resource.create.mutate({
          organisationId,
          programmeId: access.programmeId,
          ...fields,
        });
      else await access.api.resource.update.mutate({ organisationId, resourceId, ...fields });
    } else throw data(null, { status: 400 });
    return redirect(libraryPath(organisationId, access.programmeId));
  } catch (error) {
    return fail(
      toFormErrors(error, t, {
        kind: 'validation.invalid_choice',
        audience: 'validation.invalid_choice',
      }),
    );
  }
}

type Resource = ApiOutputs['resource']['list']['resources'][number] & { reviewDue: boolean };

function ResourceForm({
  resource,
  result,
}: {
  resource: Resource | null;
  result: ActionResult | undefined;
}) {
  const { t } = useTranslator();
  const intent = resource ? 'update' : 'create';
  const mine = result && result.intent === intent ? result : undefined;
  const fieldErrors = mine?.fieldErrors ?? {};
  const v = (name: string, fallback: string | null | undefined) =>
    mine ? mine.values[name] : (fallback ?? undefined);
  const labels = {
    kind: t('library.fieldKind'),
    title: t('library.fieldTitle'),
    description: t('library.fieldDescription'),
    audience: t('library.fieldAudience'),
    locale: t('library.fieldLocale'),
    reviewedOn: t('library.fieldReviewedOn'),
    url: t('library.fieldUrl'),
    file: t('library.fieldFile'),
  };
  const submitting = useNavigation().formData?.get('intent') === intent;
  const fileHint = [
    resource ? t('library.keepContentHint') : t('library.contentHint'),
    mine ? t('library.chooseFileAgain') : null,
  ]
    .filter(Boolean)
    .join(' ');
  const fileError = fieldErrors.file;
  return (
    <section className="panel" aria-labelledby="resource-form-title" id="resource-form">
      <h2 id="resource-form-title">
        {resource ? t('library.editTitle', { title: resource.title }) : t('library.createTitle')}
      </h2>
      {mine ? (
        <ErrorSummary formError={mine.formError} fieldErrors={fieldErrors} labels={labels} />
      ) : null}
      <Form method="post" encType="multipart/form-data" noValidate>
        <input type="hidden" name="intent" value={intent} />
        {resource ? <input type="hidden" name="resourceId" value={resource.id} /> : null}
        <SelectField
          name="kind"
          label={labels.kind}
          required
          placeholder={t('form.choose')}
          options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`library.kind.${k}`) }))}
          defaultValue={v('kind', resource?.kind)}
          error={fieldErrors.kind}
        />
        <TextField
          name="title"
          label={labels.title}
          required
          defaultValue={v('title', resource?.title)}
          error={fieldErrors.title}
        />
        <TextAreaField
          name="description"
          label={labels.description}
          rows={3}
          defaultValue={v('description', resource?.description)}
          error={fieldErrors.description}
        />
        <SelectField
          name="audience"
          label={labels.audience}
          required
          placeholder={t('form.choose')}
          options={RESOURCE_AUDIENCES.map((a) => ({ value: a, label: t(`value.audience.${a}`) }))}
          defaultValue={v('audience', resource?.audience)}
          error={fieldErrors.audience}
        />
        <SelectField
          name="locale"
          label={labels.locale}
          required
          options={[
            { value: '', label: t('library.anyLanguage') },
            ...locales.map((l) => ({ value: l, label: localeNames[l], lang: l })),
          ]}
          defaultValue={v('locale', resource?.locale) ?? ''}
          error={fieldErrors.locale}
        />
        <TextField
          name="reviewedOn"
          type="date"
          label={labels.reviewedOn}
          defaultValue={v('reviewedOn', resource?.reviewedOn)}
          error={fieldErrors.reviewedOn}
        />
        <TextField
          name="url"
          type="url"
          label={labels.url}
          hint={resource ? t('library.keepContentHint') : t('library.contentHint')}
          defaultValue={v('url', resource?.url)}
          error={fieldErrors.url}
        />
        <div className={fileError ? 'field field--invalid' : 'field'}>
          <label htmlFor={fieldId('file')}>
            {labels.file}
            <span className="field__optional"> ({t('form.optional')})</span>
          </label>
          <p id="resource-file-hint" className="field__hint">
            {fileHint}
          </p>
          {fileError ? (
            <p id="resource-file-error" className="field__error">
              {fileError}
            </p>
          ) : null}
          <input
            id={fieldId('file')}
            type="file"
            name="file"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={
              fileError ? 'resource-file-error resource-file-hint' : 'resource-file-hint'
            }
          />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('form.saving') : resource ? t('library.save') : t('library.create')}
          </button>
          {resource ? (
            <Link to="." className="button button--quiet">
              {t('form.cancel')}
            </Link>
          ) : null}
        </div>
      </Form>
    </section>
  );
}

function ResourceCard({
  resource,
  organisationId,
  canManage,
}: {
  resource: Resource;
  organisationId: string;
  canManage: boolean;
}) {
  const { t, formatDate } = useTranslator();
  const base = libraryPath(organisationId, resource.programmeId);
  const withdrawn = resource.withdrawnOn !== null;
  return (
    <li className="card" aria-labelledby={`resource-${resource.id}`}>
      <h3 id={`resource-${resource.id}`}>
        {resource.title}{' '}
        {resource.reviewDue ? <span className="status">{t('library.reviewDue')}</span> : null}
        {resource.withdrawnOn ? (
          <span className="status">
            {t('library.withdrawnOn', { date: formatDate(resource.withdrawnOn) })}
          </span>
        ) : null}
      </h3>
      {resource.description ? <p>{resource.description}</p> : null}
      <dl className="details">
        <dt>{t('library.audience')}</dt>
        <dd>{t(`value.audience.${resource.audience}`)}</dd>
        <dt>{t('library.language')}</dt>
        <dd>{resource.locale ? localeNames[resource.locale] : t('library.anyLanguage')}</dd>
        <dt>{t('library.lastReviewed')}</dt>
        <dd>
          {resource.reviewedOn ? formatDate(resource.reviewedOn) : t('library.neverReviewed')}
        </dd>
        <dt>{t('library.content')}</dt>
        <dd>
          {resource.url ? (
            <a href={resource.url} rel="noopener noreferrer">
              {resource.url}
            </a>
          ) : resource.file ? (
            <a href={libraryPath(organisationId, resource.programmeId, resource.id)} download>
              {t('library.download', { name: resource.file.name })}
            </a>
          ) : null}
        </dd>
      </dl>
      {canManage && !withdrawn ? (
        <div className="actions">
          <Link
            to={`${base}?edit=${resource.id}#resource-form`}
            className="button button--quiet"
            aria-label={t('library.editNamed', { title: resource.title })}
          >
            {t('library.edit')}
          </Link>
          <Form method="post">
            <input type="hidden" name="intent" value="reviewed" />
            <input type="hidden" name="resourceId" value={resource.id} />
            <button
              type="submit"
              className="button button--quiet"
              aria-label={t('library.markReviewedNamed', { title: resource.title })}
            >
              {t('library.markReviewed')}
            </button>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="resourceId" value={resource.id} />
            <button
              type="submit"
              className="button button--danger"
              aria-label={t('library.withdrawNamed', { title: resource.title })}
            >
              {t('library.withdraw')}
            </button>
          </Form>
        </div>
      ) : null}
    </li>
  );
}

/** Staff: the programme's library of supporting material (D4), by the criterion's four kinds. */
export default function Library() {
  const { organisationId, programme, resources, editing, canManage } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const cardError =
    result && (result.intent === 'reviewed' || result.intent === 'withdraw') ? result : null;
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>{t('library.title')}</h1>
      <p>{t('library.intro')}</p>
      {cardError ? (
        <ErrorSummary formError={cardError.formError} fieldErrors={{}} labels={{}} />
      ) : null}
      {RESOURCE_KINDS.map((kind) => {
        const ofKind = resources.filter((r) => r.kind === kind);
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{t(`library.kind.${kind}`)}</h2>
            {ofKind.length === 0 ? (
              <p className="muted">{t('library.kindEmpty')}</p>
            ) : (
              <ul className="card-list">
                {ofKind.map((r) => (
                  <ResourceCard
                    key={r.id}
                    resource={r}
                    organisationId={organisationId}
                    canManage={canManage}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {canManage ? (
        <ResourceForm
          // A new key after each addition: the next one starts from an empty form.
          key={editing?.id ?? `new-${resources.length}`}
          resource={editing}
          result={result}
        />
      ) : null}
    </>
  );
}
