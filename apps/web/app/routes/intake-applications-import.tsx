import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { INTAKE_ROLES, type IntakeRole } from '@tandem/domain';
import {
  CheckboxField,
  type Column,
  ErrorSummary,
  ListTable,
  SelectField,
  TextAreaField,
  useTranslator,
} from '@tandem/web-kit';
import { type ApiOutputs, rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'importPage.title');

/** Larger files are refused by the API as well; this spares the upload. */
const MAX_FILE_BYTES = 2_000_000;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  if (!access.can.manage) throw data(null, { status: 403 });
  const [programme, channels] = await Promise.all([
    programmeHeading(access),
    access.api.recruitmentChannel.list
      .query({ organisationId: access.organisationId, programmeId: access.programmeId })
      .catch(rethrowAsRouteError),
  ]);
  return { organisationId: access.organisationId, programme, channels };
}

interface ImportValues {
  role: string;
  defaultChannelId: string;
  csv: string;
}

type Preview = Omit<ApiOutputs['applicationImport']['preview'], 'rows'> & {
  rows: {
    line: number;
    name: string;
    email: string;
    problems: string[];
    merged: boolean;
  }[];
};

type ImportResult = {
  values: ImportValues;
  formError: string | null;
  fieldErrors: Record<string, string>;
  preview: Preview | null;
  done: ApiOutputs['applicationImport']['confirm'] | null;
};

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const { t } = access;
  const form = await request.formData();
  const intent = intentOf(form);
  const upload = form.get('file');
  let csv = text(form, 'csv');
  if (upload instanceof File && upload.size > 0 && intent === 'preview') {
    if (upload.size > MAX_FILE_BYTES) csv = '';
    else csv = await upload.text();
  }
  const values: ImportValues = {
    role: text(form, 'role'),
    defaultChannelId: text(form, 'defaultChannelId'),
    csv,
  };
  const input = {
    organisationId: access.organisationId,
    programmeId: access.programmeId,
    role: values.role as IntakeRole,
    csv: values.csv,
    defaultChannelId: values.defaultChannelId || undefined,
  };
  const result = (partial: Partial<ImportResult>, status = 200) =>
    data<ImportResult>(
      { values, formError: null, fieldErrors: {}, preview: null, done: null, ...partial },
      { status },
    );
  const describe = (preview: ApiOutputs['applicationImport']['preview']): Preview => {
    const merged = new Set(preview.duplicates.map((d) => d.line));
    return {
      ...preview,
      rows: preview.rows.map((row) => ({
        line: row.line,
        name: row.values.name,
        email: row.values.email,
        merged: merged.has(row.line),
        problems: row.errors.map((e) => {
          const column = `csv.column.${e.field}`;
          const message = t.t(
            t.isMessageKey(e.key) ? e.key : 'validation.invalid_format',
            e.params,
          );
          return t.isMessageKey(column) ? `${t.t(column)}: ${message}` : message;
        }),
      })),
    };
  };
  if (!values.csv.trim())
    return result({ fieldErrors: { csv: t.t('importPage.csvRequired') } }, 400);
  try {
    if (intent === 'confirm') {
      const done = await access.api.applicationImport.confirm.mutate({
        ...input,
        consentConfirmed: (form.get('consent') === 'yes') as true,
      });
      return result({ done });
    }
    const preview = await access.api.applicationImport.preview.mutate(input);
    return result({ preview: describe(preview) });
  } catch (error) {
    const errors = toFormErrors(error, t, { consentConfirmed: 'import.consent_required' });
    // A refused import still shows the rows, so the person sees what to correct.
    const preview =
      intent === 'confirm'
        ? await access.api.applicationImport.preview
            .mutate(input)
            .then(describe)
            .catch(() => null)
        : null;
    if (errors.fieldErrors.consentConfirmed) {
      errors.fieldErrors.consent = errors.fieldErrors.consentConfirmed;
      delete errors.fieldErrors.consentConfirmed;
    }
    return result({ ...errors, preview }, 400);
  }
}

export default function ImportApplicants() {
  const { organisationId, programme, channels } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' ? navigation.formData?.get('intent') : null;
  const pipeline = intakePath(organisationId, programme.id, 'applications');
  const values = result?.values ?? { role: 'mentee', defaultChannelId: '', csv: '' };
  const preview = result?.preview ?? null;
  const fieldErrors = result?.fieldErrors ?? {};
  const labels = {
    role: t('importPage.role'),
    defaultChannelId: t('importPage.defaultChannel'),
    csv: t('importPage.paste'),
    consent: t('importPage.consent'),
  };
  const previewColumns: Column<Preview['rows'][number]>[] = [
    { header: t('importPage.line'), cell: (row) => row.line },
    { header: t('csv.column.name'), cell: (row) => row.name },
    { header: t('csv.column.email'), cell: (row) => row.email },
    {
      header: t('importPage.problems'),
      cell: (row) =>
        row.problems.length === 0 ? (
          <span className="status">
            {t('importPage.rowOk')}
            {row.merged ? ` (${t('importPage.merge')})` : null}
          </span>
        ) : (
          <ul className="field__error">
            {row.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ),
    },
  ];

  if (result?.done) {
    return (
      <>
        <IntakeNav organisationId={organisationId} programme={programme} />
        <h1>{t('importPage.doneTitle')}</h1>
        <p role="status" className="notice">
          {t('importPage.done', {
            imported: result.done.imported,
            merged: result.done.merged,
          })}
        </p>
        <p className="actions">
          <Link to={pipeline} className="button">
            {t('importPage.toPipeline')}
          </Link>
          <Link to="." className="button button--quiet" reloadDocument>
            {t('importPage.another')}
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>{t('importPage.title')}</h1>
      <p>{t('importPage.intro')}</p>
      <section aria-labelledby="import-columns-title" className="panel">
        <h2 id="import-columns-title">{t('importPage.columnsTitle')}</h2>
        <p>{t('importPage.columnsRequired')}</p>
        <p>{t('importPage.columnsFormat')}</p>
        <p>
          <a href={`${pipeline}/import/template`} download>
            {t('importPage.template')}
          </a>
        </p>
      </section>
      {result ? (
        <ErrorSummary formError={result.formError} fieldErrors={fieldErrors} labels={labels} />
      ) : null}
      <Form
        method="post"
        encType="multipart/form-data"
        noValidate
        className="panel narrow"
        key={`check-${values.csv.length}-${preview?.rows.length ?? 0}`}
      >
        <input type="hidden" name="intent" value="preview" />
        <SelectField
          name="role"
          label={labels.role}
          required
          options={INTAKE_ROLES.map((role) => ({ value: role, label: t(`value.role.${role}`) }))}
          defaultValue={values.role}
          error={fieldErrors.role}
        />
        <SelectField
          name="defaultChannelId"
          label={labels.defaultChannelId}
          options={[
            { value: '', label: t('importPage.noDefaultChannel') },
            ...channels.map((c) => ({ value: c.id, label: c.name })),
          ]}
          defaultValue={values.defaultChannelId}
          error={fieldErrors.defaultChannelId}
        />
        <div className="field">
          <label htmlFor="field-file">
            {t('importPage.file')}
            <span className="field__optional"> ({t('form.optional')})</span>
          </label>
          <p id="field-file-hint" className="field__hint">
            {t('importPage.fileHint')}
          </p>
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby="field-file-hint"
          />
        </div>
        <TextAreaField
          name="csv"
          label={labels.csv}
          rows={8}
          defaultValue={values.csv}
          error={fieldErrors.csv}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={Boolean(busy)}>
            {busy === 'preview' ? t('importPage.checking') : t('importPage.previewSubmit')}
          </button>
        </div>
      </Form>
      {preview ? (
        <section aria-labelledby="import-preview-title">
          <h2 id="import-preview-title">{t('importPage.previewTitle')}</h2>
          <p role="status">
            {t('importPage.summary', { valid: preview.validCount, errors: preview.errorCount })}
          </p>
          {preview.ignoredColumns.length > 0 ? (
            <p>{t('importPage.ignoredColumns', { columns: preview.ignoredColumns.join(', ') })}</p>
          ) : null}
          {preview.duplicates.length > 0 ? (
            <p className="notice">
              {t('importPage.duplicates', { count: preview.duplicates.length })}
            </p>
          ) : null}
          <ListTable
            id="import-preview"
            caption={t('importPage.previewTitle')}
            columns={previewColumns}
            rows={preview.rows}
            rowKey={(row) => row.line}
            rowAttributes={(row) => ({
              className: row.problems.length ? 'row--invalid' : undefined,
            })}
          />
          {preview.errorCount > 0 ? (
            <p className="notice">{t('importPage.fixAndRetry')}</p>
          ) : (
            <Form method="post" noValidate className="panel narrow">
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="role" value={values.role} />
              <input type="hidden" name="defaultChannelId" value={values.defaultChannelId} />
              <input type="hidden" name="csv" value={values.csv} />
              <CheckboxField
                name="consent"
                label={labels.consent}
                hint={t('importPage.consentHint')}
                error={fieldErrors.consent}
              />
              <div className="actions">
                <button type="submit" className="button" disabled={Boolean(busy)}>
                  {busy === 'confirm' ? t('importPage.importing') : t('importPage.confirmSubmit')}
                </button>
              </div>
            </Form>
          )}
        </section>
      ) : null}
    </>
  );
}
