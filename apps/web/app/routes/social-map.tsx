import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { SOCIAL_MAP_SERVICE_KINDS, type SocialMapServiceKind } from '@tandem/domain';
import {
  ErrorSummary,
  type FormErrors,
  SelectField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { socialMapPath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'socialMap.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const scope = { organisationId: access.organisationId, programmeId: access.programmeId };
  const [programme, services, partners] = await Promise.all([
    programmeHeading(access),
    access.api.socialMap.list.query(scope).catch(rethrowAsRouteError),
    access.api.partnerLink.list
      .query({ organisationId: access.organisationId })
      .catch(rethrowAsRouteError),
  ]);
  const editId = new URL(request.url).searchParams.get('edit');
  return {
    organisationId: access.organisationId,
    programme,
    services,
    partners: partners.map((p) => ({ id: p.id, name: p.name })),
    editing: services.find((s) => s.id === editId) ?? null,
    canManage: access.can.manage,
    canImportHsds: access.can.support,
  };
}

const FIELDS = ['name', 'kind', 'languages', 'address', 'email', 'phone', 'website', 'partnerId'];
type ActionResult = FormErrors & {
  intent: string;
  serviceId: string;
  values: Record<string, string>;
};

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const intent = intentOf(form);
  const serviceId = text(form, 'serviceId');
  const values = Object.fromEntries(FIELDS.map((name) => [name, text(form, name)]));
  const here = socialMapPath(access.organisationId, access.programmeId);
  const fields = {
    name: values.name ?? '',
    kind: values.kind as SocialMapServiceKind,
    languages: (values.languages ?? '').split(/[\s,;]+/).filter((l) => l !== ''),
    address: values.address || null,
    email: values.email || null,
    phone: values.phone || null,
    website: values.website || null,
    partnerId: values.partnerId || null,
  };
  try {
    if (intent === 'create')
      await access.api.socialMap.create.mutate({
        organisationId: access.organisationId,
        programmeId: access.programmeId,
        ...fields,
      });
    else if (intent === 'update')
      await access.api.socialMap.update.mutate({
        organisationId: access.organisationId,
        serviceId,
        ...fields,
      });
    else if (intent === 'delete')
      await access.api.socialMap.delete.mutate({
        organisationId: access.organisationId,
        serviceId,
      });
    else throw data(null, { status: 400 });
    return redirect(here);
  } catch (error) {
    return data<ActionResult>(
      {
        intent,
        serviceId,
        values,
        ...toFormErrors(error, access.t, { kind: 'validation.invalid_choice' }),
      },
      { status: 400 },
    );
  }
}

type Service = ReturnType<typeof useLoaderData<typeof loader>>['services'][number];

function ServiceForm({
  service,
  partners,
  result,
}: {
  service: Service | null;
  partners: readonly { id: string; name: string }[];
  result: ActionResult | undefined;
}) {
  const { t } = useTranslator();
  const intent = service ? 'update' : 'create';
  const mine = result && result.intent === intent ? result : undefined;
  const fieldErrors = mine?.fieldErrors ?? {};
  const v = (name: string, fallback: string | null | undefined) =>
    mine ? mine.values[name] : (fallback ?? undefined);
  const labels = {
    name: t('socialMap.name'),
    kind: t('socialMap.kind'),
    languages: t('socialMap.languages'),
    address: t('socialMap.address'),
    email: t('socialMap.email'),
    phone: t('socialMap.phone'),
    website: t('socialMap.website'),
    partnerId: t('socialMap.partner'),
  };
  const submitting = useNavigation().formData?.get('intent') === intent;
  return (
    <section className="panel" aria-labelledby="service-form-title" id="service-form">
      <h2 id="service-form-title">
        {service ? t('socialMap.editTitle', { name: service.name }) : t('socialMap.createTitle')}
      </h2>
      {mine ? (
        <ErrorSummary formError={mine.formError} fieldErrors={fieldErrors} labels={labels} />
      ) : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value={intent} />
        {service ? <input type="hidden" name="serviceId" value={service.id} /> : null}
        <TextField
          name="name"
          label={labels.name}
          required
          defaultValue={v('name', service?.name)}
          error={fieldErrors.name}
        />
        <SelectField
          name="kind"
          label={labels.kind}
          required
          placeholder={t('form.choose')}
          options={SOCIAL_MAP_SERVICE_KINDS.map((k) => ({
            value: k,
            label: t(`value.serviceKind.${k}`),
          }))}
          defaultValue={v('kind', service?.kind)}
          error={fieldErrors.kind}
        />
        <TextField
          name="languages"
          label={labels.languages}
          hint={t('socialMap.languagesHint')}
          defaultValue={v('languages', service?.languages.join(', '))}
          error={fieldErrors.languages}
        />
        <TextField
          name="address"
          label={labels.address}
          defaultValue={v('address', service?.address)}
          error={fieldErrors.address}
        />
        <TextField
          name="email"
          type="email"
          inputMode="email"
          label={labels.email}
          defaultValue={v('email', service?.email)}
          error={fieldErrors.email}
        />
        <TextField
          name="phone"
          type="tel"
          inputMode="tel"
          label={labels.phone}
          defaultValue={v('phone', service?.phone)}
          error={fieldErrors.phone}
        />
        <TextField
          name="website"
          type="url"
          label={labels.website}
          defaultValue={v('website', service?.website)}
          error={fieldErrors.website}
        />
        <SelectField
          name="partnerId"
          label={labels.partnerId}
          hint={t('socialMap.partnerHint')}
          options={[
            { value: '', label: t('socialMap.noPartner') },
            ...partners.map((p) => ({ value: p.id, label: p.name })),
          ]}
          defaultValue={v('partnerId', service?.partnerId) ?? ''}
          error={fieldErrors.partnerId}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('form.saving') : service ? t('socialMap.save') : t('socialMap.create')}
          </button>
          {service ? (
            <Link to="." className="button button--quiet">
              {t('form.cancel')}
            </Link>
          ) : null}
        </div>
      </Form>
    </section>
  );
}

/** Staff: the programme's social map (D4), the services B5 refers people on to. */
export default function SocialMap() {
  const { organisationId, programme, services, partners, editing, canManage, canImportHsds } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const base = socialMapPath(organisationId, programme.id);
  const partnerName = (id: string | null) => partners.find((p) => p.id === id)?.name;
  const deleteError = result?.intent === 'delete' ? result : null;
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <h1>{t('socialMap.title')}</h1>
      <p>{t('socialMap.intro')}</p>
      <p className="actions">
        {canManage ? (
          <>
            <Link
              to={socialMapPath(organisationId, programme.id, 'import')}
              className="button button--quiet"
            >
              {t('socialMap.import')}
            </Link>
            <a
              href={socialMapPath(organisationId, programme.id, 'template')}
              className="button button--quiet"
              download
            >
              {t('socialMap.template')}
            </a>
          </>
        ) : null}
        {canImportHsds ? (
          <Link
            to={socialMapPath(organisationId, programme.id, 'import-hsds')}
            className="button button--quiet"
          >
            {t('socialMap.importHsds')}
          </Link>
        ) : null}
        <a
          href={socialMapPath(organisationId, programme.id, 'hsds.json')}
          className="button button--quiet"
          download
        >
          {t('socialMap.exportHsds')}
        </a>
      </p>
      {deleteError ? (
        <ErrorSummary formError={deleteError.formError} fieldErrors={{}} labels={{}} />
      ) : null}
      {services.length === 0 ? (
        <p className="muted">{t('socialMap.none')}</p>
      ) : (
        <ul className="card-list">
          {services.map((s) => (
            <li key={s.id} className="card">
              <h2>{s.name}</h2>
              <dl className="details">
                <dt>{t('socialMap.kind')}</dt>
                <dd>{t(`value.serviceKind.${s.kind}`)}</dd>
                <dt>{t('socialMap.languages')}</dt>
                <dd>{s.languages.length > 0 ? s.languages.join(', ') : '—'}</dd>
                <dt>{t('socialMap.address')}</dt>
                <dd>{s.address ?? '—'}</dd>
                <dt>{t('socialMap.contact')}</dt>
                <dd>
                  {[s.email, s.phone].filter(Boolean).join(' · ') || '—'}
                  {s.website ? (
                    <>
                      {' · '}
                      <a href={s.website} rel="noopener noreferrer">
                        {s.website}
                      </a>
                    </>
                  ) : null}
                </dd>
                <dt>{t('socialMap.partner')}</dt>
                <dd>{partnerName(s.partnerId) ?? t('socialMap.noPartner')}</dd>
              </dl>
              {canManage ? (
                <div className="actions">
                  <Link
                    to={`${base}?edit=${s.id}#service-form`}
                    className="button button--quiet"
                    aria-label={t('socialMap.editNamed', { name: s.name })}
                  >
                    {t('socialMap.edit')}
                  </Link>
                  <Form method="post">
                    <input type="hidden" name="intent" value="delete" />
                    <input type="hidden" name="serviceId" value={s.id} />
                    <button
                      type="submit"
                      className="button button--danger"
                      aria-label={t('socialMap.deleteNamed', { name: s.name })}
                    >
                      {t('socialMap.delete')}
                    </button>
                  </Form>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <ServiceForm
          key={editing?.id ?? 'new'}
          service={editing}
          partners={partners}
          result={result}
        />
      ) : null}
    </>
  );
}
