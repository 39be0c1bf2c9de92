import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { SelectField, TextAreaField, useTranslator } from '@tandem/web-kit';
import { rethrowAsRouteError, text, toFormErrors } from '@tandem/web-kit/server';
import { IntakeNav } from '../components/intake-nav.tsx';
import { MatchingNav } from '../components/matching-nav.tsx';
import { intentOf, programmeHeading, requireIntake } from '../lib/intake-access.server.ts';
import { explanationText } from '../lib/match-explanation.ts';
import { scoreText, unmatchedReasonText } from '../lib/matching.ts';
import { title } from '../lib/meta.ts';
import { intakePath } from '../lib/paths.ts';

export const meta: MetaFunction = (args) => title(args, 'matchingProposal.title');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const scope = { organisationId: access.organisationId, programmeId: access.programmeId };
  const [programme, proposal, open] = await Promise.all([
    programmeHeading(access),
    access.api.matching.proposal.get.query(scope).catch(rethrowAsRouteError),
    access.api.matching.match.list.query(scope).catch(rethrowAsRouteError),
  ]);
  return { organisationId: access.organisationId, programme, proposal, open };
}

type ActionResult =
  | {
      done: 'accepted' | 'rejected' | 'cancelled';
      mentor?: string;
      mentee?: string;
      firstMeetingsCalledOff?: number;
    }
  | { done: null; target: string; error: string; values: Record<string, string> };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const access = await requireIntake(request, context, params);
  const form = await request.formData();
  const intent = intentOf(form);
  const organisationId = access.organisationId;
  const scope = { organisationId, programmeId: access.programmeId };
  const mentor = text(form, 'mentor');
  const mentee = text(form, 'mentee');
  const reason = text(form, 'reason');
  const target = intent === 'cancel' ? text(form, 'matchId') : mentee;
  try {
    if (intent === 'accept') {
      await access.api.matching.proposal.decide.mutate({
        ...scope,
        pairs: [{ mentorApplicationId: mentor, menteeApplicationId: mentee }],
      });
      return data<ActionResult>({ done: 'accepted', mentor, mentee });
    }
    if (intent === 'reject') {
      await access.api.matching.exclusion.add.mutate({
        ...scope,
        mentorApplicationId: mentor,
        menteeApplicationId: mentee,
        reason,
      });
      return data<ActionResult>({ done: 'rejected' });
    }
    const cancelled = await access.api.matching.match.cancel.mutate({
      organisationId,
      matchId: text(form, 'matchId'),
      reason,
    });
    return data<ActionResult>({
      done: 'cancelled',
      firstMeetingsCalledOff: cancelled.firstMeetingsCalledOff,
    });
  } catch (error) {
    const { formError, fieldErrors } = toFormErrors(error, access.t);
    return data<ActionResult>(
      {
        done: null,
        target: `${intent}:${target}`,
        error: fieldErrors.reason ?? formError ?? Object.values(fieldErrors)[0] ?? '',
        values: { reason, mentor },
      },
      { status: 400 },
    );
  }
}

type Proposal = ReturnType<typeof useLoaderData<typeof loader>>['proposal'];
type Explanation = Proposal['pairs'][number]['explanation'];

function Why({ explanation }: { explanation: Explanation }) {
  const translator = useTranslator();
  const { t } = translator;
  return (
    <ul>
      {explanation.exclusions.map((x) => (
        <li key={x.key}>
          <strong>{explanationText(translator, x)}</strong>
        </li>
      ))}
      {explanation.parts.map((part) => (
        <li key={part.criterion} className={part.score === null ? 'muted' : undefined}>
          {t(`match.criterion.${part.criterion}`)}: {explanationText(translator, part)}
        </li>
      ))}
    </ul>
  );
}

function InlineError({ result, target }: { result: ActionResult | undefined; target: string }) {
  return result && result.done === null && result.target === target && result.error ? (
    <p className="field__error" role="alert">
      {result.error}
    </p>
  ) : null;
}

export default function MatchingProposal() {
  const { organisationId, programme, proposal, open } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const translator = useTranslator();
  const { t } = translator;
  const submitting = useNavigation().state === 'submitting';
  const name = new Map(
    [...proposal.mentors, ...proposal.mentees].map((p) => [p?.id ?? '', p?.name ?? '']),
  );
  const applications = intakePath(organisationId, programme.id, 'applications');
  // The decided pair is no longer in the pool: its names come from the open matches.
  const accepted =
    result?.done === 'accepted'
      ? open.find(
          (m) => m.mentorApplicationId === result.mentor && m.menteeApplicationId === result.mentee,
        )
      : undefined;
  const person = (id: string) => <Link to={`${applications}/${id}`}>{name.get(id) ?? id}</Link>;

  const swapForm = (menteeId: string, alternatives: readonly Explanation[], heading: string) =>
    alternatives.length === 0 ? (
      <p className="muted">{t('matchingProposal.noAlternatives')}</p>
    ) : (
      <Form method="post" className="panel">
        <input type="hidden" name="intent" value="accept" />
        <input type="hidden" name="mentee" value={menteeId} />
        <SelectField
          name="mentor"
          id={`swap-${menteeId}`}
          label={heading}
          required
          defaultValue={alternatives[0]?.mentorId}
          options={alternatives.map((a) => ({
            value: a.mentorId,
            label: t('matchingProposal.swapOption', {
              name: name.get(a.mentorId) ?? '',
              score: scoreText(translator, a.score),
            }),
          }))}
        />
        <button type="submit" className="button button--quiet" disabled={submitting}>
          {t('matchingProposal.swap')}
        </button>
        <InlineError result={result} target={`accept:${menteeId}`} />
      </Form>
    );

  return (
    <>
      <IntakeNav organisationId={organisationId} programme={programme} />
      <MatchingNav organisationId={organisationId} programmeId={programme.id} />
      <h1>{t('matchingProposal.title')}</h1>
      <p>{t('matchingProposal.intro')}</p>
      {accepted ? (
        <p className="success" role="status">
          {t('matchingProposal.accepted', {
            mentor: accepted.mentorName,
            mentee: accepted.menteeName,
          })}
        </p>
      ) : result?.done && result.done !== 'accepted' ? (
        <p className="success" role="status">
          {t(`matchingProposal.${result.done}`)}
          {result.firstMeetingsCalledOff ? ` ${t('matchingProposal.firstMeetingCalledOff')}` : null}
        </p>
      ) : null}
      {proposal.mentees.length === 0 ? (
        <p className="notice">{t('matchingProposal.empty')}</p>
      ) : (
        <p>
          {t('matchingProposal.summary', {
            pairs: t('matchingProposal.summary.pairs', { pairs: proposal.pairs.length }),
            unmatched: t('matchingProposal.summary.unmatched', {
              unmatched: proposal.unmatched.length,
            }),
          })}
        </p>
      )}

      <ul className="card-list" aria-label={t('matchingProposal.title')}>
        {proposal.pairs.map(({ explanation, alternatives }) => {
          const { mentorId, menteeId } = explanation;
          const titleId = `pair-${menteeId}`;
          return (
            <li key={menteeId}>
              <article className="card" aria-labelledby={titleId}>
                <h2 id={titleId}>
                  {t('matchingProposal.pairTitle', {
                    mentor: name.get(mentorId) ?? '',
                    mentee: name.get(menteeId) ?? '',
                  })}
                </h2>
                <p>
                  {person(mentorId)} · {person(menteeId)} ·{' '}
                  <strong>
                    {t('matchingProposal.score', {
                      score: scoreText(translator, explanation.score),
                    })}
                  </strong>
                </p>
                <h3>{t('matchingProposal.why')}</h3>
                <Why explanation={explanation} />
                <Form method="post">
                  <input type="hidden" name="intent" value="accept" />
                  <input type="hidden" name="mentor" value={mentorId} />
                  <input type="hidden" name="mentee" value={menteeId} />
                  <button type="submit" className="button" disabled={submitting}>
                    {t('matchingProposal.accept')}
                  </button>
                </Form>
                <h3>{t('matchingProposal.alternatives')}</h3>
                {swapForm(
                  menteeId,
                  alternatives,
                  t('matchingProposal.swapLabel', { mentee: name.get(menteeId) ?? '' }),
                )}
                <Form method="post" className="panel" noValidate>
                  <input type="hidden" name="intent" value="reject" />
                  <input type="hidden" name="mentor" value={mentorId} />
                  <input type="hidden" name="mentee" value={menteeId} />
                  <TextAreaField
                    name="reason"
                    id={`reject-${menteeId}`}
                    label={t('matchingProposal.rejectReason')}
                    required
                    rows={2}
                    defaultValue={
                      result?.done === null && result.target === `reject:${menteeId}`
                        ? result.values.reason
                        : ''
                    }
                    error={
                      result?.done === null && result.target === `reject:${menteeId}`
                        ? result.error
                        : undefined
                    }
                  />
                  <button type="submit" className="button button--danger" disabled={submitting}>
                    {t('matchingProposal.reject')}
                  </button>
                </Form>
                <InlineError result={result} target={`accept:${menteeId}`} />
              </article>
            </li>
          );
        })}
      </ul>

      {proposal.unmatched.length > 0 ? (
        <section aria-labelledby="unmatched-title">
          <h2 id="unmatched-title">{t('matchingProposal.unmatchedTitle')}</h2>
          <ul className="card-list">
            {proposal.unmatched.map((u) => (
              <li key={u.menteeId} className="card">
                <h3>{person(u.menteeId)}</h3>
                <p>{t('matchingProposal.unmatchedWhy')}</p>
                <ul>
                  {u.reasons.map((r) => (
                    <li key={r.key}>{unmatchedReasonText(translator, r)}</li>
                  ))}
                </ul>
                {swapForm(
                  u.menteeId,
                  u.alternatives,
                  t('matchingProposal.swapLabel', { mentee: name.get(u.menteeId) ?? '' }),
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="open-title">
        <h2 id="open-title">{t('matchingProposal.openTitle')}</h2>
        {open.length === 0 ? (
          <p className="muted">{t('matchingProposal.openEmpty')}</p>
        ) : (
          <ul className="card-list">
            {open.map((m) => (
              <li key={m.id} className="card">
                <h3>
                  {t('matchingProposal.pairTitle', { mentor: m.mentorName, mentee: m.menteeName })}
                </h3>
                <p>
                  {t(`matchingProposal.status.${m.status}`)} ·{' '}
                  {t('matchingProposal.score', { score: scoreText(translator, m.score) })}
                </p>
                <p className="muted">
                  {t('matchingProposal.decidedBy', {
                    name: m.decidedByName,
                    date: translator.formatDate(m.decidedAt, 'dateTime'),
                  })}
                </p>
                {m.status === 'proposed' ? (
                  <Form method="post" noValidate>
                    <input type="hidden" name="intent" value="cancel" />
                    <input type="hidden" name="matchId" value={m.id} />
                    <TextAreaField
                      name="reason"
                      id={`cancel-${m.id}`}
                      label={t('matchingProposal.cancelReason')}
                      required
                      rows={2}
                      defaultValue={
                        result?.done === null && result.target === `cancel:${m.id}`
                          ? result.values.reason
                          : ''
                      }
                      error={
                        result?.done === null && result.target === `cancel:${m.id}`
                          ? result.error
                          : undefined
                      }
                    />
                    <button type="submit" className="button button--danger" disabled={submitting}>
                      {t('matchingProposal.cancel')}
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
