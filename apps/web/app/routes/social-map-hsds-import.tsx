import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { SOCIAL_MAP_SERVICE_KINDS, type SocialMapServiceKind } from '@tandem/domain';
import type { Translator } from '@tandem/i18n';
import { ErrorSummary, fieldId, SelectField, TextAreaField, useTranslator } from '@tandem/web-kit';
import { type ApiOutputs, text, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { socialMapPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'socialMap.hsdsImportTitle');

/** Below the API's limit on the text, so "5 MB at most" is what the person is told. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  if (!access.can.support) throw data(null, { status: 403 });
  return { organisationId: access.organisationId, programme: await programmeHeading(access) };
}

type ReportRow = ApiOutputs['socialMap']['importHsds']['preview']['rows'][number];

interface ImportResult {
  json: string;
  defaultKind: string;
  formError: string | null;
  fieldErrors: Record<string, string>;
  report: {
    done: boolean;
    rows: {
      organization: number;
      service: number;
      name: string;
      outcome: ReportRow['outcome'];
      problems: string[];
    }[];
  } | null;
}

/** Why a service is refused, in the person's words. */
function refusalProblems(t: Translator, refused: ReportRow['refused']): string[] {
  if (refused === null) return [];
  if (refused.reason === 'duplicate') return [t.t('socialMap.hsdsRefused.duplicate')];
  if (refused.reason === 'schema')
    return [
      t.t('socialMap.hsdsRefused.schema', {
        problems: refused.problems.map((p) => `${p.at || '/'} (${p.rule})`).join(', '),
      }),
    ];
  return Object.entries(refused.fields).map(
    ([field, error]) =>
      `${field}: ${t.t(t.isMessageKey(error.key) ? error.key : 'internal', error.params)}`,
  );
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const { t } = access;
  const form = await request.formData();
  const intent = intentOf(form);
  const upload = form.get('file');
  const defaultKind = text(form, 'defaultKind');
  let json = text(form, 'json');
  const base: ImportResult = { json, defaultKind, formError: null, fieldErrors: {}, report: null };
  if (upload instanceof File && upload.size > MAX_FILE_BYTES)
    return data<ImportResult>(
      { ...base, fieldErrors: { file: t.t('validation.file_too_large') } },
      { status: 400 },
    );
  if (upload instanceof File && upload.size > 0) json = await upload.text();
  if (json.trim() === '')
    return data<ImportResult>(
      { ...base, fieldErrors: { json: t.t('socialMap.hsdsRequired') } },
      { status: 400 },
    );
  const input = {
    organisationId: access.organisationId,
    programmeId: access.programmeId,
    json,
    defaultKind: defaultKind as SocialMapServiceKind,
  };
  try {
    const done = intent === 'confirm';
    const answer = done
      ? await access.api.socialMap.importHsds.confirm.mutate(input)
      : await access.api.socialMap.importHsds.preview.mutate(input);
    return data<ImportResult>({
      ...base,
      json: done ? '' : json,
      report: {
        done,
        rows: answer.rows.map((r) => ({
          organization: r.organization,
          service: r.service,
          name: r.name,
          outcome: r.outcome,
          problems: refusalProblems(t, r.refused),
        })),
      },
    });
  } catch (error) {
    return data<ImportResult>(
      { ...base, json, ...toFormErrors(error, t, { defaultKind: 'validation.invalid_choice' }) },
      { status: 400 },
    );
  }
}

export default function SocialMapHsdsImport() {
  const { organisationId, programme } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const busy = useNavigation().state === 'submitting';
  const back = socialMapPath(organisationId, programme.id);
  const report = result?.report ?? null;
  const count = (outcome: ReportRow['outcome']) =>
    report?.rows.filter((r) => r.outcome === outcome).length ?? 0;
  const importable = report !== null && !report.done && count('refused') < report.rows.length;
  const position = (r: { organization: number; service: number }) =>
    t('socialMap.hsdsRow', { organization: r.organization, service: r.service });
  const labels = {
    file: t('socialMap.hsdsFile'),
    json: t('socialMap.hsdsPaste'),
    defaultKind: t('socialMap.hsdsDefaultKind'),
  };
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <p className="breadcrumb">
        <Link to={back}>{t('socialMap.backToMap')}</Link>
      </p>
      <h1>{t('socialMap.hsdsImportTitle')}</h1>
      <p>{t('socialMap.hsdsImportIntro')}</p>
      {result ? (
        <ErrorSummary
          formError={result.formError}
          fieldErrors={result.fieldErrors}
          labels={labels}
        />
      ) : null}
      {report?.done ? null : (
        <Form method="post" encType="multipart/form-data" noValidate className="panel">
          <div className={result?.fieldErrors.file ? 'field field--invalid' : 'field'}>
            <label htmlFor={fieldId('file')}>{labels.file}</label>
            {result?.fieldErrors.file ? (
              <p id="hsds-file-error" className="field__error">
                {result.fieldErrors.file}
              </p>
            ) : null}
            <input
              id={fieldId('file')}
              type="file"
              name="file"
              accept=".json,application/json"
              aria-invalid={result?.fieldErrors.file ? true : undefined}
              aria-describedby={result?.fieldErrors.file ? 'hsds-file-error' : undefined}
            />
          </div>
          <TextAreaField
            name="json"
            label={labels.json}
            rows={8}
            defaultValue={result?.json}
            error={result?.fieldErrors.json}
          />
          <SelectField
            name="defaultKind"
            label={labels.defaultKind}
            required
            options={SOCIAL_MAP_SERVICE_KINDS.map((k) => ({
              value: k,
              label: t(`value.serviceKind.${k}`),
            }))}
            defaultValue={result?.defaultKind || SOCIAL_MAP_SERVICE_KINDS[0]}
            error={result?.fieldErrors.defaultKind}
          />
          <div className="actions">
            <button type="submit" name="intent" value="preview" className="button" disabled={busy}>
              {t('socialMap.hsdsCheck')}
            </button>
            {importable ? (
              <button
                type="submit"
                name="intent"
                value="confirm"
                className="button"
                disabled={busy}
              >
                {t('socialMap.hsdsConfirm')}
              </button>
            ) : null}
          </div>
        </Form>
      )}
      {report ? (
        <section aria-labelledby="report-title">
          <h2 id="report-title">
            {t(report.done ? 'socialMap.hsdsReportDoneTitle' : 'socialMap.hsdsReportTitle')}
          </h2>
          <p role="status">
            {t('socialMap.hsdsReportCount', {
              created: count('created'),
              updated: count('updated'),
              refused: count('refused'),
            })}
          </p>
          {!report.done && !importable ? (
            <p className="error">{t('socialMap.hsdsNothingValid')}</p>
          ) : null}
          <ul className="card-list">
            {report.rows.map((r) => (
              <li key={`${r.organization}-${r.service}`} className="card">
                <strong>{r.name || position(r)}</strong>{' '}
                <span className="status">{t(`socialMap.hsdsOutcome.${r.outcome}`)}</span>
                <p className="muted">{position(r)}</p>
                {r.problems.length > 0 ? (
                  <ul>
                    {r.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
          {report.done ? <Link to={back}>{t('socialMap.backToMap')}</Link> : null}
        </section>
      ) : null}
    </>
  );
}
