import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData } from '@remix-run/react';
import { toLocale } from '@tandem/i18n';
import { LocaleField, TextField, useTranslator } from '@tandem/web-kit';
import {
  failedResult,
  fieldProps,
  OneTimeLink,
  OperatorForm,
} from '../components/operator-form.tsx';
import { requireOperator } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';
import { operatorFormAction } from '../lib/operator-form.server.ts';

export const meta: MetaFunction = (args) => title(args, 'admin.newOrganisation.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOperator(request, context);
  return null;
}

export function action(args: ActionFunctionArgs) {
  return operatorFormAction(
    args,
    ['name', 'slug', 'defaultLocale', 'adminName', 'adminEmail'],
    async (api, values) => {
      const { organisation, setPasswordUrl } = await api.admin.organisation.create.mutate({
        ...values,
        defaultLocale: toLocale(values.defaultLocale),
      });
      // The link is shown once, in this response; it never goes into an address or a log.
      return {
        organisationName: organisation.name,
        adminName: values.adminName,
        adminEmail: values.adminEmail,
        setPasswordUrl,
      };
    },
  );
}

export default function NewOrganisation() {
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const created = result?.done;
  if (created) {
    const person = { name: created.adminName, email: created.adminEmail };
    return (
      <div className="narrow">
        <h1>
          {t('admin.newOrganisation.createdTitle', { organisation: created.organisationName })}
        </h1>
        <OneTimeLink
          setPasswordUrl={created.setPasswordUrl}
          sent={t('admin.newOrganisation.createdBody', person)}
          existing={t('admin.newOrganisation.existingAccount', person)}
          framed
        />
        <p>
          <Link to="/organisations">{t('admin.newOrganisation.backToList')}</Link>
        </p>
      </div>
    );
  }

  const failed = failedResult(result);
  const labels = {
    name: t('admin.newOrganisation.name'),
    slug: t('admin.newOrganisation.slug'),
    defaultLocale: t('admin.newOrganisation.defaultLocale'),
    adminName: t('admin.newOrganisation.adminName'),
    adminEmail: t('admin.newOrganisation.adminEmail'),
  };
  const field = fieldProps(labels, failed);
  return (
    <div className="narrow">
      <h1>{t('admin.newOrganisation.title')}</h1>
      <p>{t('admin.newOrganisation.intro')}</p>
      <OperatorForm
        labels={labels}
        failed={failed}
        submitLabel={t('admin.newOrganisation.submit')}
        cancelTo="/organisations"
      >
        <TextField {...field('name')} required />
        <TextField
          {...field('slug')}
          hint={t('admin.newOrganisation.slugHint')}
          required
          autoComplete="off"
        />
        <LocaleField {...field('defaultLocale')} />
        <TextField {...field('adminName')} required autoComplete="off" />
        <TextField {...field('adminEmail')} type="email" required autoComplete="off" />
      </OperatorForm>
    </div>
  );
}
