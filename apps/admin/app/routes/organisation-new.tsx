import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
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

export const meta: MetaFunction = (args) => title(args, 'admin.newOrganisation.title');

interface OrganisationFormValues {
  name: string;
  slug: string;
  defaultLocale: string;
  adminName: string;
  adminEmail: string;
}

interface Created {
  organisationName: string;
  adminName: string;
  adminEmail: string;
  /** None when the first administrator already had an account with a password. */
  setPasswordUrl: string | null;
}

type CreateResult = ({ created: null } & FormResult<OrganisationFormValues>) | { created: Created };

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOperator(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { viewer, t } = await requireOperator(request, context);
  const form = await request.formData();
  const values: OrganisationFormValues = {
    name: text(form, 'name'),
    slug: text(form, 'slug'),
    defaultLocale: text(form, 'defaultLocale'),
    adminName: text(form, 'adminName'),
    adminEmail: text(form, 'adminEmail'),
  };
  try {
    const { organisation, setPasswordUrl } = await viewer.api.admin.organisation.create.mutate({
      ...values,
      defaultLocale: isLocale(values.defaultLocale) ? values.defaultLocale : defaultLocale,
    });
    // The link is shown once, in this response; it never goes into an address or a log.
    return data<CreateResult>({
      created: {
        organisationName: organisation.name,
        adminName: values.adminName,
        adminEmail: values.adminEmail,
        setPasswordUrl,
      },
    });
  } catch (error) {
    return data<CreateResult>(
      { created: null, values, ...toFormErrors(error, t) },
      { status: 400 },
    );
  }
}

function CreatedOrganisation({ created }: { created: Created }) {
  const { t } = useTranslator();
  return (
    <div className="narrow">
      <h1>{t('admin.newOrganisation.createdTitle', { organisation: created.organisationName })}</h1>
      {created.setPasswordUrl ? (
        <>
          <p>
            {t('admin.newOrganisation.createdBody', {
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
          {t('admin.newOrganisation.existingAccount', {
            name: created.adminName,
            email: created.adminEmail,
          })}
        </p>
      )}
      <p>
        <Link to="/organisations">{t('admin.newOrganisation.backToList')}</Link>
      </p>
    </div>
  );
}

export default function NewOrganisation() {
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const { t } = useTranslator();
  if (result?.created) return <CreatedOrganisation created={result.created} />;

  const values = result?.values;
  const fieldErrors = result?.fieldErrors ?? {};
  const labels = {
    name: t('admin.newOrganisation.name'),
    slug: t('admin.newOrganisation.slug'),
    defaultLocale: t('admin.newOrganisation.defaultLocale'),
    adminName: t('admin.newOrganisation.adminName'),
    adminEmail: t('admin.newOrganisation.adminEmail'),
  };
  return (
    <div className="narrow">
      <h1>{t('admin.newOrganisation.title')}</h1>
      <p>{t('admin.newOrganisation.intro')}</p>
      <ErrorSummary formError={result?.formError} fieldErrors={fieldErrors} labels={labels} />
      <Form method="post" noValidate className="panel">
        <TextField
          name="name"
          label={labels.name}
          required
          defaultValue={values?.name}
          error={fieldErrors.name}
        />
        <TextField
          name="slug"
          label={labels.slug}
          hint={t('admin.newOrganisation.slugHint')}
          required
          autoComplete="off"
          defaultValue={values?.slug}
          error={fieldErrors.slug}
        />
        <SelectField
          name="defaultLocale"
          label={labels.defaultLocale}
          required
          options={locales.map((locale) => ({
            value: locale,
            label: localeNames[locale],
            lang: locale,
          }))}
          defaultValue={values?.defaultLocale ?? defaultLocale}
          error={fieldErrors.defaultLocale}
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
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {t('admin.newOrganisation.submit')}
          </button>
          <Link to="/organisations" className="button button--quiet">
            {t('form.cancel')}
          </Link>
        </div>
      </Form>
    </div>
  );
}
