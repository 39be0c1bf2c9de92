import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import {
  channelServesRole,
  type DAY_PARTS,
  type INTAKE_CONSENT_TEXT_VERSION,
  type IntakeRole,
  type WEEKDAYS,
} from '@tandem/domain';
import type { Locale } from '@tandem/i18n';
import {
  CheckboxGrid,
  CheckboxGroup,
  ErrorSummary,
  type FormResult,
  RouteErrorMessage,
  SelectField,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';
import { text, texts, toFormErrors, translatorFor } from '@tandem/web-kit/server';
import { ConsentField } from '../components/consent-field.tsx';
import { PersonContactFields } from '../components/person-contact-fields.tsx';
import { auth } from '../lib/auth.server.ts';
import { dayPartOptions, parseSlots, weekdayOptions, wholeNumber } from '../lib/intake.ts';
import { languageName, programmeLanguages } from '../lib/languages.ts';
import { title } from '../lib/meta.ts';
import { publicProgrammePath } from '../lib/paths.ts';
import { loadPublicProgramme, publicApi, publicScope } from '../lib/public-intake.server.ts';

export const meta: MetaFunction<typeof loader> = (args) =>
  title(args, args.data?.role === 'mentor' ? 'apply.mentorTitle' : 'apply.menteeTitle');

function roleOf(value: string | undefined): IntakeRole {
  if (value === 'mentor' || value === 'mentee') return value;
  throw data(null, { status: 404 });
}

export async function loader({ context, params }: LoaderFunctionArgs) {
  const role = roleOf(params.role);
  const { scope, programme } = await loadPublicProgramme(context, params);
  return {
    role,
    base: publicProgrammePath(scope.organisationSlug, scope.programmeId),
    programme: programme.programme,
    organisation: programme.organisation,
    channels: programme.channels.filter((c) => channelServesRole(c.audience, role)),
  };
}

interface ApplyValues {
  name: string;
  email: string;
  phone: string;
  preferredLocale: string;
  availability: string[];
  postcode: string;
  municipality: string;
  languages: string[];
  sector: string;
  experienceYears: string;
  goal: string;
  birthYear: string;
  interests: string;
  channelId: string;
  consent: boolean;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const role = roleOf(params.role);
  const viewer = await auth.getViewer(request, context);
  const t = translatorFor(request, viewer?.me.user.locale);
  const scope = publicScope(params);
  const form = await request.formData();
  const values: ApplyValues = {
    name: text(form, 'name'),
    email: text(form, 'email'),
    phone: text(form, 'phone'),
    preferredLocale: text(form, 'preferredLocale'),
    availability: texts(form, 'availability'),
    postcode: text(form, 'postcode'),
    municipality: text(form, 'municipality'),
    languages: texts(form, 'languages'),
    sector: text(form, 'sector'),
    experienceYears: text(form, 'experienceYears'),
    goal: text(form, 'goal'),
    birthYear: text(form, 'birthYear'),
    interests: text(form, 'interests'),
    channelId: text(form, 'channelId'),
    consent: text(form, 'consent') === 'yes',
  };
  try {
    await publicApi(context).publicIntake.submitApplication.mutate({
      ...scope,
      role,
      name: values.name,
      email: values.email,
      phone: values.phone,
      preferredLocale: values.preferredLocale as Locale,
      availability: parseSlots(values.availability) as {
        day: (typeof WEEKDAYS)[number];
        part: (typeof DAY_PARTS)[number];
      }[],
      postcode: values.postcode,
      municipality: values.municipality,
      languages: values.languages,
      sector: values.sector,
      experienceYears:
        role === 'mentor' && values.experienceYears !== ''
          ? wholeNumber(values.experienceYears)
          : null,
      goal: values.goal,
      birthYear: wholeNumber(values.birthYear),
      interests: values.interests
        .split(',')
        .map((interest) => interest.trim())
        .filter(Boolean),
      channelId: values.channelId,
      consent: {
        given: values.consent as true,
        textVersion: text(form, 'consentTextVersion') as typeof INTAKE_CONSENT_TEXT_VERSION,
      },
    });
    return redirect(
      `${publicProgrammePath(scope.organisationSlug, scope.programmeId)}/apply/${role}/done`,
    );
  } catch (error) {
    const errors = toFormErrors(error, t, {
      availability: 'apply.availabilityError',
      languages: 'apply.languagesError',
      channelId: 'apply.channelError',
    });
    return data<FormResult<ApplyValues>>({ values, ...errors }, { status: 400 });
  }
}

export default function Apply() {
  const { role, base, programme, organisation, channels } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const values = result?.values;
  const fieldErrors = result?.fieldErrors ?? {};
  const mentor = role === 'mentor';
  const labels = {
    name: t('apply.name'),
    email: t('apply.email'),
    phone: t('apply.phone'),
    preferredLocale: t('apply.preferredLocale'),
    availability: t('apply.availability'),
    postcode: t('apply.postcode'),
    municipality: t('apply.municipality'),
    languages: t('apply.languages'),
    sector: t(mentor ? 'apply.sectorMentor' : 'apply.sectorMentee'),
    ...(mentor ? { experienceYears: t('apply.experienceYears') } : {}),
    goal: t(mentor ? 'apply.goalMentor' : 'apply.goalMentee'),
    birthYear: t('apply.birthYear'),
    interests: t('apply.interests'),
    channelId: t('apply.channel'),
    consent: t('consent.title'),
  };
  const languageCodes = [...new Set([...programme.languages, ...programmeLanguages])];
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to={base}>{programme.name}</Link>
      </p>
      <h1>{t(mentor ? 'apply.mentorTitle' : 'apply.menteeTitle')}</h1>
      <p>{t(mentor ? 'apply.mentorIntro' : 'apply.menteeIntro', { programme: programme.name })}</p>
      <ErrorSummary formError={result?.formError} fieldErrors={fieldErrors} labels={labels} />
      <Form method="post" noValidate>
        <section className="panel" aria-labelledby="about-title">
          <h2 id="about-title">{t('apply.aboutYou')}</h2>
          <PersonContactFields
            localeField="preferredLocale"
            labels={{
              name: labels.name,
              email: labels.email,
              phone: labels.phone,
              locale: labels.preferredLocale,
            }}
            localeHint={t('apply.preferredLocaleHint')}
            values={values}
            fieldErrors={fieldErrors}
            pageLocale={translator.locale}
          />
          <TextField
            name="birthYear"
            type="number"
            inputMode="numeric"
            min={1920}
            max={new Date().getFullYear() - 16}
            label={labels.birthYear}
            required
            autoComplete="bday-year"
            defaultValue={values?.birthYear}
            error={fieldErrors.birthYear}
          />
          <TextField
            name="postcode"
            label={labels.postcode}
            required
            autoComplete="postal-code"
            defaultValue={values?.postcode}
            error={fieldErrors.postcode}
          />
          <TextField
            name="municipality"
            label={labels.municipality}
            required
            autoComplete="address-level2"
            defaultValue={values?.municipality}
            error={fieldErrors.municipality}
          />
          <CheckboxGroup
            name="languages"
            legend={labels.languages}
            hint={t('apply.languagesHint')}
            required
            options={languageCodes.map((code) => ({
              value: code,
              label: languageName(translator, code),
            }))}
            defaultValues={values?.languages ?? []}
            error={fieldErrors.languages}
          />
        </section>

        <section className="panel" aria-labelledby="availability-title">
          <h2 id="availability-title">{t('apply.whenTitle')}</h2>
          <CheckboxGrid
            name="availability"
            legend={labels.availability}
            hint={t('apply.availabilityHint')}
            required
            rows={weekdayOptions(translator)}
            columns={dayPartOptions(translator)}
            cellLabel={(row, column) => `${row.label}, ${column.label}`}
            defaultValues={values?.availability ?? []}
            error={fieldErrors.availability}
          />
        </section>

        <section className="panel" aria-labelledby="work-title">
          <h2 id="work-title">{t(mentor ? 'apply.workTitleMentor' : 'apply.workTitleMentee')}</h2>
          <TextField
            name="sector"
            label={labels.sector}
            hint={t(mentor ? 'apply.sectorMentorHint' : 'apply.sectorMenteeHint')}
            required
            defaultValue={values?.sector}
            error={fieldErrors.sector}
          />
          {mentor ? (
            <TextField
              name="experienceYears"
              type="number"
              inputMode="numeric"
              min={0}
              max={80}
              label={t('apply.experienceYears')}
              defaultValue={values?.experienceYears}
              error={fieldErrors.experienceYears}
            />
          ) : null}
          <TextAreaField
            name="goal"
            label={labels.goal}
            hint={t(mentor ? 'apply.goalMentorHint' : 'apply.goalMenteeHint')}
            required
            rows={4}
            defaultValue={values?.goal}
            error={fieldErrors.goal}
          />
          <TextField
            name="interests"
            label={labels.interests}
            hint={t('apply.interestsHint')}
            defaultValue={values?.interests}
            error={fieldErrors.interests}
          />
          <SelectField
            name="channelId"
            label={labels.channelId}
            required
            placeholder={t('form.choose')}
            options={channels.map((c) => ({ value: c.id, label: c.name }))}
            defaultValue={values?.channelId}
            error={fieldErrors.channelId}
          />
        </section>

        <ConsentField
          organisation={organisation.name}
          error={fieldErrors.consent}
          defaultChecked={values?.consent}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('form.sending') : t('apply.submit')}
          </button>
          <Link to={base} className="button button--quiet">
            {t('form.cancel')}
          </Link>
        </div>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
