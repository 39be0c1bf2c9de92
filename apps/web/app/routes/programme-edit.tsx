import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { type FormResult, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, toFormErrors } from '@tandem/web-kit/server';
import { ProgrammeForm } from '../components/programme-form.tsx';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { programmePath } from '../lib/paths.ts';
import { type ProgrammeFormValues, programmeFormValues } from '../lib/programme-form.ts';
import { readProgrammeForm, toProgrammeInput } from '../lib/programme-input.server.ts';

export const meta: MetaFunction = (args) => title(args, 'programme.edit.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { viewer, membership, canEditProgrammes } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  if (!canEditProgrammes) throw data(null, { status: 403 });
  const programme = await viewer.api.programme.get
    .query({ organisationId: membership.organisationId, programmeId: params.programmeId ?? '' })
    .catch(rethrowAsRouteError);
  return { organisationId: membership.organisationId, programme };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { viewer, membership, t } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const programmeId = params.programmeId ?? '';
  const values = readProgrammeForm(await request.formData());
  try {
    await viewer.api.programme.update.mutate({
      organisationId: membership.organisationId,
      programmeId,
      ...toProgrammeInput(values),
    });
    return redirect(programmePath(membership.organisationId, programmeId));
  } catch (error) {
    const errors = toFormErrors(error, t, { languages: 'programme.field.languagesError' });
    return data<FormResult<ProgrammeFormValues>>({ values, ...errors }, { status: 400 });
  }
}

export default function EditProgramme() {
  const { organisationId, programme } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  return (
    <div className="narrow">
      <h1>{t('programme.edit.title')}</h1>
      <p className="muted">{programme.name}</p>
      <ProgrammeForm
        values={result?.values ?? programmeFormValues(programme)}
        errors={result}
        submitLabel={t('programme.edit.submit')}
        cancelHref={programmePath(organisationId, programme.id)}
      />
    </div>
  );
}
