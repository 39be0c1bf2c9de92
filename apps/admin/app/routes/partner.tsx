import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { PARTNER_ROLES, type PartnerRole } from '@tandem/domain';
import { toLocale } from '@tandem/i18n';
import {
  type Column,
  ListTable,
  LocaleField,
  SelectField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError } from '@tandem/web-kit/server';
import {
  failedResult,
  fieldProps,
  OneTimeLink,
  OperatorForm,
} from '../components/operator-form.tsx';
import { requireOperator } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';
import { operatorFormAction } from '../lib/operator-form.server.ts';

export const meta: MetaFunction = (args) => title(args, 'admin.partner.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer } = await requireOperator(request, context);
  const partner = await viewer.api.admin.partner.get
    .query({ partnerId: params.partnerId ?? '' })
    .catch(rethrowAsRouteError);
  return { partner };
}

export function action(args: ActionFunctionArgs) {
  return operatorFormAction(
    args,
    ['name', 'email', 'role', 'locale'],
    async (api, values) => {
      const { setPasswordUrl } = await api.admin.partner.addMember.mutate({
        partnerId: args.params.partnerId ?? '',
        name: values.name,
        email: values.email,
        // An unknown role is passed on as typed, so the API reports it as a field error.
        role: values.role as PartnerRole,
        locale: toLocale(values.locale),
      });
      // The link is shown once, in this response; it never goes into an address or a log.
      return { name: values.name, email: values.email, setPasswordUrl };
    },
    { role: 'validation.invalid_choice' },
  );
}

type Member = ReturnType<typeof useLoaderData<typeof loader>>['partner']['members'][number];

export default function Partner() {
  const { partner } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const added = result?.done;
  const person = added ? { name: added.name, email: added.email } : null;
  const failed = failedResult(result);
  const labels = {
    name: t('admin.partner.memberName'),
    email: t('admin.partner.memberEmail'),
    role: t('admin.partner.memberRole'),
    locale: t('admin.newPartner.adminLocale'),
  };
  const field = fieldProps(labels, failed);
  const columns: Column<Member>[] = [
    { header: labels.name, cell: (member) => member.name },
    { header: labels.email, cell: (member) => member.email },
    { header: labels.role, cell: (member) => t(`value.partnerRole.${member.role}`) },
    {
      header: t('admin.partner.account'),
      cell: (member) =>
        member.passwordSet ? t('admin.partner.accountActive') : t('admin.partner.accountPending'),
    },
  ];
  return (
    <>
      <h1 id="partner-title">{partner.name}</h1>
      <p>
        {t(`value.partnerKind.${partner.kind}`)} ·{' '}
        {t('admin.partner.since', { date: translator.formatDate(partner.createdAt) })}
      </p>
      <p className="hint">{t('admin.partner.linksNote')}</p>

      <h2 id="members-title">{t('admin.partner.members')}</h2>
      <ListTable
        id="members"
        caption={t('admin.partner.members')}
        columns={columns}
        rows={partner.members}
        rowKey={(member) => member.userId}
        empty={{ text: t('admin.partner.noMembers'), tone: 'notice' }}
      />

      <h2>{t('admin.partner.addMember')}</h2>
      {added && person ? (
        <div className="panel" role="status">
          <OneTimeLink
            setPasswordUrl={added.setPasswordUrl}
            sent={t('admin.partner.addedBody', person)}
            existing={t('admin.partner.addedExisting', person)}
            framed={false}
          />
        </div>
      ) : null}
      <OperatorForm
        labels={labels}
        failed={failed}
        submitLabel={t('admin.partner.addMemberSubmit')}
        className="panel narrow"
        formKey={added ? 'added' : 'form'}
      >
        <TextField {...field('name')} required autoComplete="off" />
        <TextField {...field('email')} type="email" required autoComplete="off" />
        <SelectField
          {...field('role')}
          required
          options={PARTNER_ROLES.map((role) => ({
            value: role,
            label: t(`value.partnerRole.${role}`),
          }))}
          defaultValue={failed?.values.role ?? 'member'}
        />
        <LocaleField {...field('locale')} />
      </OperatorForm>
      <p>
        <Link to="/partners">{t('admin.newPartner.backToList')}</Link>
      </p>
    </>
  );
}
