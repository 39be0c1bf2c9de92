import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData } from '@remix-run/react';
import { PARTNER_KINDS, type PartnerKind } from '@tandem/domain';
import { toLocale } from '@tandem/i18n';
import { LocaleField, SelectField, TextField, useTranslator } from '@tandem/web-kit';
import {
  failedResult,
  fieldProps,
  OneTimeLink,
  OperatorForm,
} from '../components/operator-form.tsx';
import { requireOperator } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';
import { operatorFormAction } from '../lib/operator-form.server.ts';

export const meta: MetaFunction = (args) => title(args, 'admin.newPartner.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOperator(request, context);
  return null;
}

export function action(args: ActionFunctionArgs) {
  return operatorFormAction(
    args,
    ['name', 'kind', 'adminName', 'adminEmail', 'adminLocale'],
    async (api, values) => {
      const { partner, setPasswordUrl } = await api.admin.partner.create.mutate({
        ...values,
        // An unknown kind is passed on as typed, so the API reports it as a field error.
        kind: values.kind as PartnerKind,
        adminLocale: toLocale(values.adminLocale),
      });
      // The link is shown once, in this response; it never goes into an address or a log.
      return {
        partnerId: partner.id,
        partnerName: partner.name,
        adminName: values.adminName,
        adminEmail: values.adminEmail,
        setPasswordUrl,
      };
    },
    { kind: 'validation.invalid_choice' },
  );
}

export default function NewPartner() {
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const created = result?.done;
  if (created) {
    const person = { name: created.adminName, email: created.adminEmail };
    return (
      <div className="narrow">
        <h1>{t('admin.newPartner.createdTitle', { partner: created.partnerName })}</h1>
        <OneTimeLink
          setPasswordUrl={created.setPasswordUrl}
          sent={t('admin.newPartner.createdBody', person)}
          existing={t('admin.newPartner.existingAccount', person)}
          framed
        />
        <p>
          <Link to={`/partners/${created.partnerId}`}>{t('admin.newPartner.toPartner')}</Link>
        </p>
        <p>
          <Link to="/partners">{t('admin.newPartner.backToList')}</Link>
        </p>
      </div>
    );
  }

  const failed = failedResult(result);
  const labels = {
    name: t('admin.newPartner.name'),
    kind: t('admin.newPartner.kind'),
    adminName: t('admin.newOrganisation.adminName'),
    adminEmail: t('admin.newOrganisation.adminEmail'),
    adminLocale: t('admin.newPartner.adminLocale'),
  };
  const field = fieldProps(labels, failed);
  return (
    <div className="narrow">
      <h1>{t('admin.newPartner.title')}</h1>
      <p>{t('admin.newPartner.intro')}</p>
      <OperatorForm
        labels={labels}
        failed={failed}
        submitLabel={t('admin.newPartner.submit')}
        cancelTo="/partners"
      >
        <TextField {...field('name')} required />
        <SelectField
          {...field('kind')}
          required
          options={PARTNER_KINDS.map((kind) => ({
            value: kind,
            label: t(`value.partnerKind.${kind}`),
          }))}
        />
        <TextField {...field('adminName')} required autoComplete="off" />
        <TextField {...field('adminEmail')} type="email" required autoComplete="off" />
        <LocaleField {...field('adminLocale')} />
      </OperatorForm>
    </div>
  );
}
