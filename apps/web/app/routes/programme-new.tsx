import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import {
  DEFAULT_MIN_CONTACT_FREQUENCY_DAYS,
  DEFAULT_PLANNED_DURATION_MONTHS,
} from '@tandem/domain';
import { type FormResult, useTranslator } from '@tandem/web-kit';
import { toFormErrors } from '@tandem/web-kit/server';
import { ProgrammeForm } from '../components/programme-form.tsx';
import { requireMembership } from '../lib/membership.server.ts';
import { title } from '../lib/meta.ts';
import { programmePath, programmesPath } from '../lib/paths.ts';
import type { ProgrammeFormValues } from '../lib/programme-form.ts';
import { readProgrammeForm, toProgrammeInput } from '../lib/programme-input.server.ts';

export const meta: MetaFunction = (args) => title(args, 'programme.new.title');

const emptyProgramme: ProgrammeFormValues = {
  name: '',
  description: '',
  languages: [],
  plannedDurationMonths: String(DEFAULT_PLANNED_DURATION_MONTHS),
  shorterDurationReason: '',
  minContactFrequencyDays: String(DEFAULT_MIN_CONTACT_FREQUENCY_DAYS),
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { membership, canEditProgrammes } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  if (!canEditProgrammes) throw data(null, { status: 403 });
  return { organisationId: membership.organisationId };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  // No role check here: the API decides, and its refusal is shown like any other error.
  const { viewer, membership, t } = await requireMembership(
    request,
    context,
    params.organisationId,
  );
  const values = readProgrammeForm(await request.formData());
  try {
    const programme = await viewer.api.programme.create.mutate({
      organisationId: membership.organisationId,
      ...toProgrammeInput(values),
    });
    return redirect(programmePath(membership.organisationId, programme.id));
  } catch (error) {
    const errors = toFormErrors(error, t, { languages: 'programme.field.languagesError' });
    return data<FormResult<ProgrammeFormValues>>({ values, ...errors }, { status: 400 });
  }
}

export default function NewProgramme() {
  const { organisationId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslator();
  return (
    <div className="narrow">
      <h1>{t('programme.new.title')}</h1>
      <ProgrammeForm
        values={result?.values ?? emptyProgramme}
        errors={result}
        submitLabel={t('programme.new.submit')}
        cancelHref={programmesPath(organisationId)}
      />
    </div>
  );
}
