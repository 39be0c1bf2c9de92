import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import {
  ErrorSummary,
  type FormErrors,
  SelectField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { requireOperator } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'admin.networks.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await requireOperator(request, context);
  const [networks, organisations] = await Promise.all([
    viewer.api.admin.network.list.query(),
    viewer.api.admin.organisation.list.query(),
  ]).catch(rethrowAsRouteError);
  return {
    networks,
    organisations: organisations.map(({ id, name }) => ({ id, name })),
  };
}

const intents = ['create', 'addMember', 'removeMember'] as const;
type Intent = (typeof intents)[number];

function isIntent(value: string): value is Intent {
  return (intents as readonly string[]).includes(value);
}

interface NetworkActionResult extends FormErrors {
  intent: Intent;
  /** The network whose form failed, so its message shows next to it. */
  networkId: string | null;
  name: string;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { viewer, t } = await requireOperator(request, context);
  const form = await request.formData();
  const intent = text(form, 'intent');
  if (!isIntent(intent)) throw data(null, { status: 400 });
  const networkId = text(form, 'networkId');
  const organisationId = text(form, 'organisationId');
  const name = text(form, 'name');
  const network = viewer.api.admin.network;
  try {
    if (intent === 'create') await network.create.mutate({ name });
    if (intent === 'addMember') await network.addMember.mutate({ networkId, organisationId });
    if (intent === 'removeMember') await network.removeMember.mutate({ networkId, organisationId });
    return null;
  } catch (error) {
    const errors = toFormErrors(error, t, { organisationId: 'validation.invalid_choice' });
    return data<NetworkActionResult>(
      { intent, networkId: intent === 'create' ? null : networkId, name, ...errors },
      { status: 400 },
    );
  }
}

export default function Networks() {
  const { networks, organisations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  const createErrors = result?.intent === 'create' ? result : null;
  const memberErrors = result && result.intent !== 'create' ? result : null;

  return (
    <>
      <h1>{t('admin.networks.title')}</h1>
      <p>{t('admin.networks.intro')}</p>
      <section className="panel" aria-labelledby="new-network">
        <h2 id="new-network">{t('admin.networks.createTitle')}</h2>
        <ErrorSummary
          formError={createErrors?.formError}
          fieldErrors={createErrors?.fieldErrors}
          labels={{ name: t('admin.networks.name') }}
        />
        <Form method="post" noValidate className="inline-form">
          <input type="hidden" name="intent" value="create" />
          <TextField
            name="name"
            label={t('admin.networks.name')}
            required
            defaultValue={createErrors?.name}
            error={createErrors?.fieldErrors.name}
          />
          <button type="submit" className="button">
            {t('admin.networks.create')}
          </button>
        </Form>
      </section>
      {networks.length === 0 ? <p className="notice">{t('admin.networks.empty')}</p> : null}
      <ul className="card-list">
        {networks.map((network) => {
          const memberIds = new Set(network.members.map((member) => member.organisationId));
          const candidates = organisations.filter(
            (organisation) => !memberIds.has(organisation.id),
          );
          const errorHere = memberErrors?.networkId === network.id ? memberErrors : null;
          return (
            <li key={network.id} className="card">
              <h2>{network.name}</h2>
              {errorHere?.formError ? (
                <p className="field__error" role="alert">
                  {errorHere.formError}
                </p>
              ) : null}
              <h3 className="muted">
                {t('admin.networks.memberCount', { count: network.members.length })}
              </h3>
              {network.members.length === 0 ? (
                <p>{t('admin.networks.noMembers')}</p>
              ) : (
                <ul className="member-list">
                  {network.members.map((member) => (
                    <li key={member.organisationId}>
                      <span>{member.organisationName}</span>
                      <Form method="post">
                        <input type="hidden" name="intent" value="removeMember" />
                        <input type="hidden" name="networkId" value={network.id} />
                        <input type="hidden" name="organisationId" value={member.organisationId} />
                        <button
                          type="submit"
                          className="button button--danger"
                          aria-label={t('admin.networks.removeMemberLabel', {
                            organisation: member.organisationName,
                            network: network.name,
                          })}
                        >
                          {t('admin.networks.removeMember')}
                        </button>
                      </Form>
                    </li>
                  ))}
                </ul>
              )}
              {candidates.length === 0 ? (
                <p className="muted">{t('admin.networks.allMembers')}</p>
              ) : (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="addMember" />
                  <input type="hidden" name="networkId" value={network.id} />
                  <SelectField
                    name="organisationId"
                    id={`field-organisationId-${network.id}`}
                    label={t('admin.networks.addMember')}
                    required
                    placeholder={t('admin.networks.chooseOrganisation')}
                    options={candidates.map((organisation) => ({
                      value: organisation.id,
                      label: organisation.name,
                    }))}
                    error={errorHere?.fieldErrors.organisationId}
                  />
                  <button type="submit" className="button">
                    {t('admin.networks.addMemberSubmit')}
                  </button>
                </Form>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
