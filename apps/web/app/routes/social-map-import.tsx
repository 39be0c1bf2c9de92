import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { SOCIAL_MAP_SERVICE_KINDS } from '@tandem/domain';
import { ErrorSummary, TextAreaField, useTranslator } from '@tandem/web-kit';
import { type ApiOutputs, text, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { socialMapPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'socialMap.importTitle');

const MAX_FILE_BYTES = 1_000_000;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  if (!access.can.manage) throw data(null, { status: 403 });
  return { organisationId: access.organisationId, programme: await programmeHeading(access) };
}

interface ImportResult {
  csv: string;
  formError: string | null;
  fieldErrors: Record<string, string>;
  preview: { valid: number; errors: { row: number; problems: string[] }[] } | null;
  imported: ApiOutputs['socialMap']['importCsv']['confirm']['imported'] | null;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const { t } = access;
  const form = await request.formData();
  const intent = intentOf(form);
  const upload = form.get('file');
  let csv = text(form, 'csv');
  if (upload instanceof File && upload.size > 0 && upload.size <= MAX_FILE_BYTES)
    csv = await upload.text();
  const base: ImportResult = {
    csv,
    formError: null,
    fieldErrors: {},
    preview: null,
    imported: null,
  };
  if (csv.trim() === '')
    return data<ImportResult>(
      { ...base, fieldErrors: { csv: t.t('socialMap.csvRequired') } },
      { status: 400 },
    );
  const input = { organisationId: access.organisationId, programmeId: access.programmeId, csv };
  try {
    if (intent === 'confirm') {
      const done = await access.api.socialMap.importCsv.confirm.mutate(input);
      return data<ImportResult>({ ...base, csv: '', imported: done.imported });
    }
    const preview = await access.api.socialMap.importCsv.preview.mutate(input);
    return data<ImportResult>({
      ...base,
      preview: {
        valid: preview.rows.length,
        errors: preview.errors.map((e) => ({
          row: e.row,
          problems: Object.entries(e.fields).map(([field, error]) => {
            const message = t.t(t.isMessageKey(error.key) ? error.key : 'internal', error.params);
            return field === '_form' ? message : `${field}: ${message}`;
          }),
        })),
      },
    });
  } catch (error) {
    return data<ImportResult>({ ...base, ...toFormErrors(error, t) }, { status: 400 });
  }
}

export default function SocialMapImport() {
  const { organisationId, programme } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const busy = useNavigation().state === 'submitting';
  const back = socialMapPath(organisationId, programme.id);
  if (result?.imported != null) {
    return (
      <>
        <IntakeNav organisationId={organisationId} programme={programme} />
        <h1>{t('socialMap.importTitle')}</h1>
        <p className="success" role="status">
          {t('socialMap.imported', { count: result.imported })}
        </p>
        <Link to={back}>{t('socialMap.backToMap')}</Link>
      </>
    );
  }
  const preview = result?.preview ?? null;
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <p className="breadcrumb">
        <Link to={back}>{t('socialMap.backToMap')}</Link>
      </p>
      <h1>{t('socialMap.importTitle')}</h1>
      <p>{t('socialMap.importIntro')}</p>
      <p>{t('socialMap.kindsList', { kinds: SOCIAL_MAP_SERVICE_KINDS.join(', ') })}</p>
      <p>
        <a href={socialMapPath(organisationId, programme.id, 'template')} download>
          {t('socialMap.template')}
        </a>
      </p>
      {result ? (
        <ErrorSummary
          formError={result.formError}
          fieldErrors={result.fieldErrors}
          labels={{ csv: t('socialMap.paste') }}
        />
      ) : null}
      <Form method="post" encType="multipart/form-data" noValidate className="panel">
        <div className="field">
          <label htmlFor="social-map-file">{t('socialMap.file')}</label>
          <input id="social-map-file" type="file" name="file" accept=".csv,text/csv" />
        </div>
        <TextAreaField
          name="csv"
          label={t('socialMap.paste')}
          rows={8}
          defaultValue={result?.csv}
          error={result?.fieldErrors.csv}
        />
        <div className="actions">
          <button type="submit" name="intent" value="preview" className="button" disabled={busy}>
            {t('socialMap.check')}
          </button>
          {preview && preview.errors.length === 0 && preview.valid > 0 ? (
            <button type="submit" name="intent" value="confirm" className="button" disabled={busy}>
              {t('socialMap.confirm')}
            </button>
          ) : null}
        </div>
      </Form>
      {preview ? (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t('socialMap.previewTitle')}</h2>
          <p role="status">
            {t('socialMap.previewCount', {
              valid: preview.valid,
              invalid: preview.errors.length,
            })}
          </p>
          {preview.errors.length > 0 ? (
            <>
              <h3>{t('socialMap.rowErrors')}</h3>
              <ul className="card-list">
                {preview.errors.map((e) => (
                  <li key={e.row} className="card">
                    <strong>{t('socialMap.row', { row: e.row })}</strong>
                    <ul>
                      {e.problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
