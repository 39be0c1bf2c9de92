import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { MATCHING_CRITERIA, MAX_MENTOR_CAPACITY } from '@tandem/domain';
import { CheckboxField, ErrorSummary, TextField, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { MatchingNav } from '../components/matching-nav.tsx';
import { TrainingReady } from '../components/training-ready.tsx';
import { wholeNumber } from '../lib/intake.ts';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'matchingSettings.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const scope = { organisationId: access.organisationId, programmeId: access.programmeId };
  const [programme, settings, mentors, exclusions] = await Promise.all([
    programmeHeading(access),
    access.api.matching.settings.get.query(scope).catch(rethrowAsRouteError),
    access.api.matching.capacity.list.query(scope).catch(rethrowAsRouteError),
    access.api.matching.exclusion.list.query(scope).catch(rethrowAsRouteError),
  ]);
  return {
    organisationId: access.organisationId,
    programme,
    settings,
    mentors,
    exclusions,
    can: access.can,
  };
}

type ActionResult =
  | { done: 'settings' | 'capacity' | 'exclusion' }
  | {
      done: null;
      intent: string;
      target: string;
      formError: string | null;
      fieldErrors: Record<string, string>;
      values: Record<string, string>;
    };

const weightField = (criterion: string) => `weight-${criterion}`;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const intent = intentOf(form);
  const organisationId = access.organisationId;
  const values = Object.fromEntries(
    [...form.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : '']),
  );
  try {
    if (intent === 'settings') {
      await access.api.matching.settings.update.mutate({
        organisationId,
        programmeId: access.programmeId,
        weights: Object.fromEntries(
          MATCHING_CRITERIA.map((c) => [c, wholeNumber(text(form, weightField(c)))]),
        ) as Record<(typeof MATCHING_CRITERIA)[number], number>,
        maxDistanceKm: wholeNumber(text(form, 'maxDistanceKm')),
        distanceIsHardLimit: form.has('distanceIsHardLimit'),
        requireCompleteTraining: form.has('requireCompleteTraining'),
        minScore: wholeNumber(text(form, 'minScore')) / 100,
      });
      return data<ActionResult>({ done: 'settings' });
    }
    if (intent === 'capacity') {
      await access.api.matching.capacity.set.mutate({
        organisationId,
        applicationId: text(form, 'applicationId'),
        capacity: wholeNumber(text(form, 'capacity')),
      });
      return data<ActionResult>({ done: 'capacity' });
    }
    await access.api.matching.exclusion.remove.mutate({
      organisationId,
      exclusionId: text(form, 'exclusionId'),
    });
    return data<ActionResult>({ done: 'exclusion' });
  } catch (error) {
    const { formError, fieldErrors } = toFormErrors(error, access.t);
    return data<ActionResult>(
      {
        done: null,
        intent,
        target: text(form, 'applicationId'),
        formError,
        fieldErrors,
        values,
      },
      { status: 400 },
    );
  }
}

export default function MatchingSettings() {
  const { organisationId, programme, settings, mentors, exclusions, can } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const refused = result?.done === null ? result : null;
  const settingsError = refused?.intent === 'settings' ? refused : null;
  const value = (name: string, fallback: string) => settingsError?.values[name] ?? fallback;
  const checked = (name: string, fallback: boolean) =>
    settingsError ? settingsError.values[name] !== undefined : fallback;
  const applications = intakePath(organisationId, programme.id, 'applications');
  const labels = {
    weights: t('matchingSettings.weights'),
    maxDistanceKm: t('matchingSettings.maxDistanceKm'),
    minScore: t('matchingSettings.minScore'),
  };
  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <MatchingNav organisationId={organisationId} programmeId={programme.id} />
      <h1>{t('matchingSettings.title')}</h1>
      <p>{t('matchingSettings.intro')}</p>
      {result?.done ? (
        <p className="success" role="status">
          {t(
            result.done === 'settings'
              ? 'matchingSettings.saved'
              : result.done === 'capacity'
                ? 'matchingSettings.capacitySaved'
                : 'matchingSettings.exclusionRemoved',
          )}
        </p>
      ) : null}
      {!settings.saved ? <p className="notice">{t('matchingSettings.defaults')}</p> : null}

      <Form method="post" className="panel" noValidate>
        <input type="hidden" name="intent" value="settings" />
        {settingsError ? (
          <ErrorSummary
            formError={settingsError.formError}
            fieldErrors={settingsError.fieldErrors}
            labels={labels}
          />
        ) : null}
        <fieldset>
          <legend>{t('matchingSettings.weights')}</legend>
          {settingsError?.fieldErrors.weights ? (
            <p className="field__error" id="field-weights">
              {settingsError.fieldErrors.weights}
            </p>
          ) : null}
          {MATCHING_CRITERIA.map((criterion) => (
            <TextField
              key={criterion}
              name={weightField(criterion)}
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              required
              label={t(`match.criterion.${criterion}`)}
              hint={t(`matchingSettings.hint.${criterion}`)}
              defaultValue={value(weightField(criterion), String(settings.weights[criterion]))}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('matchingSettings.constraints')}</legend>
          <p className="field__hint">{t('matchingSettings.languageAlways')}</p>
          <CheckboxField
            name="requireCompleteTraining"
            label={t('matchingSettings.requireCompleteTraining')}
            defaultChecked={checked('requireCompleteTraining', settings.requireCompleteTraining)}
          />
          <TextField
            name="maxDistanceKm"
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            required
            label={t('matchingSettings.maxDistanceKm')}
            error={settingsError?.fieldErrors.maxDistanceKm}
            defaultValue={value('maxDistanceKm', String(settings.maxDistanceKm))}
          />
          <CheckboxField
            name="distanceIsHardLimit"
            label={t('matchingSettings.distanceIsHardLimit')}
            hint={t('matchingSettings.distanceHint')}
            defaultChecked={checked('distanceIsHardLimit', settings.distanceIsHardLimit)}
          />
          <TextField
            name="minScore"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            required
            label={t('matchingSettings.minScore')}
            hint={t('matchingSettings.minScoreHint')}
            error={settingsError?.fieldErrors.minScore}
            defaultValue={value('minScore', String(Math.round(settings.minScore * 100)))}
          />
        </fieldset>
        {can.match ? (
          <button type="submit" className="button" disabled={submitting}>
            {t('matchingSettings.save')}
          </button>
        ) : null}
      </Form>

      <section aria-labelledby="capacity-title">
        <h2 id="capacity-title">{t('matchingSettings.capacityTitle')}</h2>
        <p>{t('matchingSettings.capacityIntro')}</p>
        {mentors.length === 0 ? (
          <p className="muted">{t('matchingSettings.noMentors')}</p>
        ) : (
          <ul className="card-list">
            {mentors.map((m) => {
              const error =
                refused?.intent === 'capacity' && refused.target === m.id
                  ? (refused.fieldErrors.capacity ?? refused.formError ?? undefined)
                  : undefined;
              return (
                <li key={m.id} className="card">
                  <h3>
                    <Link to={`${applications}/${m.id}`}>{m.name}</Link>
                  </h3>
                  <p>
                    {t('matchingSettings.training')}:{' '}
                    <TrainingReady ready={m.trainingComplete ?? false} /> ·{' '}
                    {t('matchingSettings.openMatches')}: {m.openMatches ?? 0}
                  </p>
                  {can.match ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="capacity" />
                      <input type="hidden" name="applicationId" value={m.id} />
                      <TextField
                        name="capacity"
                        id={`capacity-${m.id}`}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={MAX_MENTOR_CAPACITY}
                        required
                        label={t('matchingSettings.capacityOf', { name: m.name })}
                        error={error}
                        defaultValue={
                          error ? (refused?.values.capacity ?? '') : String(m.capacity ?? 1)
                        }
                      />
                      <button type="submit" className="button button--quiet" disabled={submitting}>
                        {t('matchingSettings.saveCapacity')}
                      </button>
                    </Form>
                  ) : (
                    <p>
                      {t('matchingSettings.capacity')}: {m.capacity}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="exclusions-title">
        <h2 id="exclusions-title">{t('matchingSettings.exclusionsTitle')}</h2>
        {exclusions.length === 0 ? (
          <p className="muted">{t('matchingSettings.exclusionsEmpty')}</p>
        ) : (
          <ul className="card-list">
            {exclusions.map((x) => (
              <li key={x.id} className="card">
                <p>
                  {t('matchingSettings.mentor')}: {x.mentorName} · {t('matchingSettings.mentee')}:{' '}
                  {x.menteeName}
                </p>
                <p>
                  {t('matchingSettings.reason')}: {x.reason}
                </p>
                {can.match ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="exclusion" />
                    <input type="hidden" name="exclusionId" value={x.id} />
                    <button type="submit" className="button button--quiet" disabled={submitting}>
                      {t('matchingSettings.removeExclusion')}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
