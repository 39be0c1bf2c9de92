import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { PARTNER_ROLES, type PartnerRole } from '@tandem/domain';
import { defaultLocale, isLocale, localeNames, locales } from '@tandem/i18n';
import {
  CopyField,
  ErrorSummary,
  type FormResult,
  SelectField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { requireOperator } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'admin.partner.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer } = await requireOperator(request, context);
  const partner = await viewer.api.admin.partner.get
    .query({ partnerId: params.partnerId ?? '' })
    .catch(rethrowAsRouteError);
  return { partner };
}

interface MemberFormValues {
  name: string;
  email: string;
  role: string;
  locale: string;
}

interface Added {
  name: string;
  email: string;
  /** None when the person already had an account with a password. */
  setPasswordUrl: string | null;
}

type AddResult = ({ added: null } & FormResult<MemberFormValues>) | { added: Added };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { viewer, t } = await requireOperator(request, context);
  const form = await request.formData();
  const values: MemberFormValues = {
    name: text(form, 'name'),
    email: text(form, 'email'),
    role: text(form, 'role'),
    locale: text(form, 'locale'),
  };
  try {
    const { setPasswordUrl } = await viewer.api.admin.partner.addMember.mutate({
      partnerId: params.partnerId ?? '',
      name: values.name,
      email: values.email,
      // An unknown role is passed on as typed, so the API reports it as a field error.
      role: values.role as PartnerRole,
      locale: isLocale(values.locale) ? values.locale : defaultLocale,
    });
    // The link is shown once, in this response; it never goes into an address or a log.
    return data<AddResult>({
      added: { name: values.name, email: values.email, setPasswordUrl },
    });
  } catch (error) {
    return data<AddResult>(
      { added: null, values, ...toFormErrors(error, t, { role: 'validation.invalid_choice' }) },
      { status: 400 },
    );
  }
}

function AddedMember({ added }: { added: Added }) {
  const { t } = useTranslator();
  return (
    <div className="panel" role="status">
      {added.setPasswordUrl ? (
        <>
          <p>{t('admin.partner.addedBody', { name: added.name, email: added.email })}</p>
          <CopyField
            name="setPasswordUrl"
            label={t('admin.newOrganisation.linkLabel')}
            value={added.setPasswordUrl}
          />
        </>
      ) : (
        <p>{t('admin.partner.addedExisting', { name: added.name, email: added.email })}</p>
      )}
    </div>
  );
}

export default function Partner() {
  const { partner } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const translator = useTranslator();
  const { t } = translator;
  const failed = result && !result.added ? result : null;
  const values = failed?.values;
  const fieldErrors = failed?.fieldErrors ?? {};
  const labels = {
    name: t('admin.partner.memberName'),
    email: t('admin.partner.memberEmail'),
    role: t('admin.partner.memberRole'),
    locale: t('admin.newPartner.adminLocale'),
  };
  return (
    <>
      <h1 id="partner-title">{partner.name}</h1>
      <p>
        {t(`value.partnerKind.${partner.kind}`)} ·{' '}
        {t('admin.partner.since', { date: translator.formatDate(partner.createdAt) })}
      </p>
      <p className="hint">{t('admin.partner.linksNote')}</p>

      <h2 id="members-title">{t('admin.partner.members')}</h2>
      {partner.members.length === 0 ? (
        <p className="notice">{t('admin.partner.noMembers')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll the table sideways on a phone
        <section className="table-wrap" aria-labelledby="members-title" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{labels.name}</th>
                <th scope="col">{labels.email}</th>
                <th scope="col">{labels.role}</th>
                <th scope="col">{t('admin.partner.account')}</th>
              </tr>
            </thead>
            <tbody>
              {partner.members.map((member) => (
                <tr key={member.userId}>
                  <th scope="row">{member.name}</th>
                  <td>{member.email}</td>
                  <td>{t(`value.partnerRole.${member.role}`)}</td>
                  <td>
                    {member.passwordSet
                      ? t('admin.partner.accountActive')
                      : t('admin.partner.accountPending')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <h2>{t('admin.partner.addMember')}</h2>
      {result?.added ? <AddedMember added={result.added} /> : null}
      <ErrorSummary formError={failed?.formError} fieldErrors={fieldErrors} labels={labels} />
      <Form
        method="post"
        noValidate
        className="panel narrow"
        key={result?.added ? 'added' : 'form'}
      >
        <TextField
          name="name"
          label={labels.name}
          required
          autoComplete="off"
          defaultValue={values?.name}
          error={fieldErrors.name}
        />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          required
          autoComplete="off"
          defaultValue={values?.email}
          error={fieldErrors.email}
        />
        <SelectField
          name="role"
          label={labels.role}
          required
          options={PARTNER_ROLES.map((role) => ({
            value: role,
            label: t(`value.partnerRole.${role}`),
          }))}
          defaultValue={values?.role ?? 'member'}
          error={fieldErrors.role}
        />
        <SelectField
          name="locale"
          label={labels.locale}
          required
          options={locales.map((locale) => ({
            value: locale,
            label: localeNames[locale],
            lang: locale,
          }))}
          defaultValue={values?.locale ?? defaultLocale}
          error={fieldErrors.locale}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {t('admin.partner.addMemberSubmit')}
          </button>
        </div>
      </Form>
      <p>
        <Link to="/partners">{t('admin.newPartner.backToList')}</Link>
      </p>
    </>
  );
}
