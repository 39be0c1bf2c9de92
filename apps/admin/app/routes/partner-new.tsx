import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { PARTNER_KINDS, type PartnerKind } from '@tandem/domain';
import { defaultLocale, isLocale, localeNames, locales } from '@tandem/i18n';
import {
  CopyField,
  ErrorSummary,
  type FormResult,
  SelectField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { text, toFormErrors } from '@tandem/web-kit/server';
import { requireOperator } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'admin.newPartner.title');

interface PartnerFormValues {
  name: string;
  kind: string;
  adminName: string;
  adminEmail: string;
  adminLocale: string;
}

interface Created {
  partnerId: string;
  partnerName: string;
  adminName: string;
  adminEmail: string;
  /** None when the first administrator already had an account with a password. */
  setPasswordUrl: string | null;
}

type CreateResult = ({ created: null } & FormResult<PartnerFormValues>) | { created: Created };

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOperator(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { viewer, t } = await requireOperator(request, context);
  const form = await request.formData();
  const values: PartnerFormValues = {
    name: text(form, 'name'),
    kind: text(form, 'kind'),
    adminName: text(form, 'adminName'),
    adminEmail: text(form, 'adminEmail'),
    adminLocale: text(form, 'adminLocale'),
  };
  try {
    const { partner, setPasswordUrl } = await viewer.api.admin.partner.create.mutate({
      ...values,
      // An unknown kind is passed on as typed, so the API reports it as a field error.
      kind: values.kind as PartnerKind,
      adminLocale: isLocale(values.adminLocale) ? values.adminLocale : defaultLocale,
    });
    // The link is shown once, in this response; it never goes into an address or a log.
    return data<CreateResult>({
      created: {
        partnerId: partner.id,
        partnerName: partner.name,
        adminName: values.adminName,
        adminEmail: values.adminEmail,
        setPasswordUrl,
      },
    });
  } catch (error) {
    return data<CreateResult>(
      { created: null, values, ...toFormErrors(error, t, { kind: 'validation.invalid_choice' }) },
      { status: 400 },
    );
  }
}

function CreatedPartner({ created }: { created: Created }) {
  const { t } = useTranslator();
  return (
    <div className="narrow">
      <h1>{t('admin.newPartner.createdTitle', { partner: created.partnerName })}</h1>
      {created.setPasswordUrl ? (
        <>
          <p>
            {t('admin.newPartner.createdBody', {
              name: created.adminName,
              email: created.adminEmail,
            })}
          </p>
          <div className="panel">
            <CopyField
              name="setPasswordUrl"
              label={t('admin.newOrganisation.linkLabel')}
              value={created.setPasswordUrl}
            />
          </div>
        </>
      ) : (
        <p>
          {t('admin.newPartner.existingAccount', {
            name: created.adminName,
            email: created.adminEmail,
          })}
        </p>
      )}
      <p>
        <Link to={`/partners/${created.partnerId}`}>{t('admin.newPartner.toPartner')}</Link>
      </p>
      <p>
        <Link to="/partners">{t('admin.newPartner.backToList')}</Link>
      </p>
    </div>
  );
}

export default function NewPartner() {
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const { t } = useTranslator();
  if (result?.created) return <CreatedPartner created={result.created} />;

  const values = result?.values;
  const fieldErrors = result?.fieldErrors ?? {};
  const labels = {
    name: t('admin.newPartner.name'),
    kind: t('admin.newPartner.kind'),
    adminName: t('admin.newOrganisation.adminName'),
    adminEmail: t('admin.newOrganisation.adminEmail'),
    adminLocale: t('admin.newPartner.adminLocale'),
  };
  return (
    <div className="narrow">
      <h1>{t('admin.newPartner.title')}</h1>
      <p>{t('admin.newPartner.intro')}</p>
      <ErrorSummary formError={result?.formError} fieldErrors={fieldErrors} labels={labels} />
      <Form method="post" noValidate className="panel">
        <TextField
          name="name"
          label={labels.name}
          required
          defaultValue={values?.name}
          error={fieldErrors.name}
        />
        <SelectField
          name="kind"
          label={labels.kind}
          required
          options={PARTNER_KINDS.map((kind) => ({
            value: kind,
            label: t(`value.partnerKind.${kind}`),
          }))}
          defaultValue={values?.kind}
          error={fieldErrors.kind}
        />
        <TextField
          name="adminName"
          label={labels.adminName}
          required
          autoComplete="off"
          defaultValue={values?.adminName}
          error={fieldErrors.adminName}
        />
        <TextField
          name="adminEmail"
          type="email"
          label={labels.adminEmail}
          required
          autoComplete="off"
          defaultValue={values?.adminEmail}
          error={fieldErrors.adminEmail}
        />
        <SelectField
          name="adminLocale"
          label={labels.adminLocale}
          required
          options={locales.map((locale) => ({
            value: locale,
            label: localeNames[locale],
            lang: locale,
          }))}
          defaultValue={values?.adminLocale ?? defaultLocale}
          error={fieldErrors.adminLocale}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {t('admin.newPartner.submit')}
          </button>
          <Link to="/partners" className="button button--quiet">
            {t('form.cancel')}
          </Link>
        </div>
      </Form>
    </div>
  );
}
