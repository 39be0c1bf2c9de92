import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  INTAKE_CHANNEL_AUDIENCES,
  INTAKE_CHANNEL_KINDS,
  type IntakeChannelAudience,
  type IntakeChannelKind,
} from '@tandem/domain';
import {
  ErrorSummary,
  type FormErrors,
  SelectField,
  TableScroll,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'channels.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const [programme, channels] = await Promise.all([
    programmeHeading(access),
    access.api.recruitmentChannel.list
      .query({ organisationId: access.organisationId, programmeId: access.programmeId })
      .catch(rethrowAsRouteError),
  ]);
  const editId = new URL(request.url).searchParams.get('edit');
  const editing = access.can.manage ? (channels.find((c) => c.id === editId) ?? null) : null;
  return { organisationId: access.organisationId, programme, channels, editing, can: access.can };
}

interface ChannelValues {
  channelId: string;
  name: string;
  kind: string;
  audience: string;
}

type ChannelResult = FormErrors & { intent: string; values: ChannelValues };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const intent = intentOf(form);
  const values: ChannelValues = {
    channelId: text(form, 'channelId'),
    name: text(form, 'name'),
    kind: text(form, 'kind'),
    audience: text(form, 'audience'),
  };
  const back = intakePath(access.organisationId, access.programmeId, 'channels');
  const fields = {
    name: values.name,
    kind: values.kind as IntakeChannelKind,
    audience: values.audience as IntakeChannelAudience,
  };
  try {
    if (intent === 'create')
      await access.api.recruitmentChannel.create.mutate({
        organisationId: access.organisationId,
        programmeId: access.programmeId,
        ...fields,
      });
    else if (intent === 'update')
      await access.api.recruitmentChannel.update.mutate({
        organisationId: access.organisationId,
        channelId: values.channelId,
        ...fields,
      });
    else if (intent === 'delete')
      await access.api.recruitmentChannel.delete.mutate({
        organisationId: access.organisationId,
        channelId: values.channelId,
      });
    else throw data(null, { status: 400 });
    return redirect(back);
  } catch (error) {
    if (error instanceof Response) throw error;
    return data<ChannelResult>(
      { intent, values, ...toFormErrors(error, access.t) },
      { status: 400 },
    );
  }
}

export default function Channels() {
  const { organisationId, programme, channels, editing, can } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const formResult = result && result.intent !== 'delete' ? result : undefined;
  const fieldErrors = formResult?.fieldErrors ?? {};
  const values = formResult?.values ?? {
    channelId: editing?.id ?? '',
    name: editing?.name ?? '',
    kind: editing?.kind ?? '',
    audience: editing?.audience ?? '',
  };
  const isEdit = Boolean(values.channelId);
  const labels = {
    name: t('channels.name'),
    kind: t('channels.kind'),
    audience: t('channels.audience'),
  };
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>{t('channels.title')}</h1>
      <p>{t('channels.intro')}</p>
      {result?.intent === 'delete' && result.formError ? (
        <p className="error-summary" role="alert">
          {result.formError}
        </p>
      ) : null}
      {channels.length === 0 ? (
        <p className="notice">{t('channels.empty')}</p>
      ) : (
        <TableScroll labelledBy="channels-caption">
          <table>
            <caption id="channels-caption" className="visually-hidden">
              {t('channels.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{labels.name}</th>
                <th scope="col">{labels.kind}</th>
                <th scope="col">{labels.audience}</th>
                {can.manage ? <th scope="col">{t('channels.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={c.id}>
                  <td>{c.name}</td>
                  <td>{t(`value.channelKind.${c.kind}`)}</td>
                  <td>{t(`value.audience.${c.audience}`)}</td>
                  {can.manage ? (
                    <td>
                      <div className="inline-form">
                        <Link to={`?edit=${c.id}`} className="button button--quiet">
                          {t('channels.edit')}
                          <span className="visually-hidden"> {c.name}</span>
                        </Link>
                        <Form method="post">
                          <input type="hidden" name="intent" value="delete" />
                          <input type="hidden" name="channelId" value={c.id} />
                          <button type="submit" className="button button--danger">
                            {t('channels.delete')}
                            <span className="visually-hidden"> {c.name}</span>
                          </button>
                        </Form>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {can.manage ? (
        <section aria-labelledby="channel-form-title" className="narrow">
          <h2 id="channel-form-title">{t(isEdit ? 'channels.editTitle' : 'channels.newTitle')}</h2>
          {formResult ? (
            <ErrorSummary
              formError={formResult.formError}
              fieldErrors={fieldErrors}
              labels={labels}
            />
          ) : null}
          <Form method="post" noValidate className="panel" key={values.channelId || 'new'}>
            <input type="hidden" name="intent" value={isEdit ? 'update' : 'create'} />
            <input type="hidden" name="channelId" value={values.channelId} />
            <TextField
              name="name"
              label={labels.name}
              hint={t('channels.nameHint')}
              required
              defaultValue={values.name}
              error={fieldErrors.name}
            />
            <SelectField
              name="kind"
              label={labels.kind}
              required
              placeholder={t('form.choose')}
              options={INTAKE_CHANNEL_KINDS.map((kind) => ({
                value: kind,
                label: t(`value.channelKind.${kind}`),
              }))}
              defaultValue={values.kind}
              error={fieldErrors.kind}
            />
            <SelectField
              name="audience"
              label={labels.audience}
              required
              placeholder={t('form.choose')}
              options={INTAKE_CHANNEL_AUDIENCES.map((audience) => ({
                value: audience,
                label: t(`value.audience.${audience}`),
              }))}
              defaultValue={values.audience}
              error={fieldErrors.audience}
            />
            <div className="actions">
              <button type="submit" className="button" disabled={submitting}>
                {submitting
                  ? t('form.saving')
                  : t(isEdit ? 'channels.saveSubmit' : 'channels.createSubmit')}
              </button>
              {isEdit ? (
                <Link to="." className="button button--quiet">
                  {t('form.cancel')}
                </Link>
              ) : null}
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
