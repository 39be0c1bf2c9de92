import { Form, useNavigation } from '@remix-run/react';
import {
  APPLICATION_SUBMISSION_FIELDS,
  type ApplicationSubmissionField,
  type DayPart,
  type IntakeRole,
  type Weekday,
} from '@tandem/domain';
import type { MessageKey, Translator } from '@tandem/i18n';
import { ErrorSummary, TableScroll, useTranslator } from '@tandem/web-kit';
import { availabilityText } from '../lib/intake.ts';
import { languageName } from '../lib/languages.ts';

export interface SubmissionDetails {
  name: string;
  phone: string | null;
  preferredLocale: string;
  availability: readonly { day: Weekday; part: DayPart }[];
  postcode: string;
  municipality: string;
  languages: readonly string[];
  sector: string;
  experienceYears: number | null;
  goal: string;
  birthYear: number;
  interests: readonly string[];
}

export interface LaterSubmission {
  id: string;
  status: 'pending' | 'merged' | 'dismissed';
  receivedAt: string;
  consentAt: string;
  consentTextVersion: string;
  channel: { id: string; name: string };
  fields: SubmissionDetails;
  mergedFields: readonly ApplicationSubmissionField[];
  reviewedAt: string | null;
  reviewedBy: string | null;
}

export interface SubmissionReviewResult {
  submissionId?: string;
  formError: string | null;
  fieldErrors: Record<string, string>;
}

export function fieldLabel(t: Translator, role: IntakeRole, field: ApplicationSubmissionField) {
  const keys: Record<ApplicationSubmissionField, MessageKey> = {
    name: 'apply.name',
    phone: 'apply.phone',
    preferredLocale: 'apply.preferredLocale',
    availability: 'apply.availability',
    postcode: 'apply.postcode',
    municipality: 'apply.municipality',
    languages: 'apply.languages',
    sector: role === 'mentor' ? 'apply.sectorMentor' : 'apply.sectorMentee',
    experienceYears: 'apply.experienceYears',
    goal: role === 'mentor' ? 'apply.goalMentor' : 'apply.goalMentee',
    birthYear: 'apply.birthYear',
    interests: 'apply.interests',
  };
  return t.t(keys[field]);
}

function fieldText(t: Translator, details: SubmissionDetails, field: ApplicationSubmissionField) {
  switch (field) {
    case 'preferredLocale':
      return languageName(t, details.preferredLocale);
    case 'availability':
      return availabilityText(t, details.availability);
    case 'languages':
      return t.formatList(details.languages.map((code) => languageName(t, code)));
    case 'interests':
      return details.interests.length > 0 ? t.formatList(details.interests) : '—';
    default:
      return details[field] === null ? '—' : String(details[field]);
  }
}

/** The fields the role has: experience is asked of mentors only. */
const fieldsFor = (role: IntakeRole) =>
  APPLICATION_SUBMISSION_FIELDS.filter((f) => role === 'mentor' || f !== 'experienceYears');

/**
 * Later submissions by the applicant's e-mail. A pending one is shown beside the details
 * held, field by field; staff tick what to take over, or dismiss it. Reviewed ones say who
 * decided what, and when.
 */
export function ApplicationSubmissions({
  role,
  held,
  submissions,
  memberNames,
  canReview,
  result,
}: {
  role: IntakeRole;
  held: SubmissionDetails;
  submissions: readonly LaterSubmission[];
  memberNames: Record<string, string>;
  canReview: boolean;
  result: SubmissionReviewResult | undefined;
}) {
  const translator = useTranslator();
  const { t } = translator;
  if (submissions.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="submissions-title" id="submissions">
      <h2 id="submissions-title">{t('submission.title')}</h2>
      <p>{t('submission.intro')}</p>
      <ul className="card-list">
        {submissions.map((s) => (
          <li key={s.id} className="card">
            <h3>
              {t('submission.received', { date: translator.formatDate(s.receivedAt, 'dateTime') })}
              {s.status === 'pending' ? (
                <>
                  {' '}
                  <span className="status">{t('submission.pending')}</span>
                </>
              ) : null}
            </h3>
            <dl className="details">
              <dt>{t('application.channel')}</dt>
              <dd>{s.channel.name}</dd>
              <dt>{t('application.consent')}</dt>
              <dd>
                {t('application.consentGiven', {
                  date: translator.formatDate(s.consentAt, 'dateTime'),
                  version: s.consentTextVersion,
                })}
              </dd>
            </dl>
            {s.status === 'pending' ? (
              <SubmissionReview
                role={role}
                held={held}
                submission={s}
                canReview={canReview}
                result={result?.submissionId === s.id ? result : undefined}
              />
            ) : (
              <p>
                {s.status === 'merged'
                  ? t('submission.merged', {
                      name: memberNames[s.reviewedBy ?? ''] ?? t('interview.colleague'),
                      date: translator.formatDate(s.reviewedAt ?? s.receivedAt, 'dateTime'),
                      fields: translator.formatList(
                        s.mergedFields.map((f) => fieldLabel(translator, role, f)),
                      ),
                    })
                  : t('submission.dismissed', {
                      name: memberNames[s.reviewedBy ?? ''] ?? t('interview.colleague'),
                      date: translator.formatDate(s.reviewedAt ?? s.receivedAt, 'dateTime'),
                    })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SubmissionReview({
  role,
  held,
  submission,
  canReview,
  result,
}: {
  role: IntakeRole;
  held: SubmissionDetails;
  submission: LaterSubmission;
  canReview: boolean;
  result: SubmissionReviewResult | undefined;
}) {
  const translator = useTranslator();
  const { t } = translator;
  const navigation = useNavigation();
  const busy = navigation.formData?.get('submissionId') === submission.id;
  const captionId = `submission-${submission.id}-caption`;
  return (
    <Form method="post" noValidate>
      {result ? (
        <ErrorSummary formError={result.formError} fieldErrors={result.fieldErrors} labels={{}} />
      ) : null}
      <input type="hidden" name="submissionId" value={submission.id} />
      <TableScroll labelledBy={captionId}>
        <table>
          <caption id={captionId}>
            {t('submission.caption', {
              date: translator.formatDate(submission.receivedAt, 'dateTime'),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('submission.detail')}</th>
              <th scope="col">{t('submission.held')}</th>
              <th scope="col">{t('submission.submitted')}</th>
              {canReview ? <th scope="col">{t('submission.takeOver')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {fieldsFor(role).map((field) => {
              const label = fieldLabel(translator, role, field);
              const heldText = fieldText(translator, held, field);
              const submittedText = fieldText(translator, submission.fields, field);
              const same = JSON.stringify(held[field]) === JSON.stringify(submission.fields[field]);
              const id = `submission-${submission.id}-${field}`;
              return (
                <tr key={field}>
                  <th scope="row">{label}</th>
                  <td>{heldText}</td>
                  <td>
                    {same ? <span className="muted">{t('submission.same')}</span> : submittedText}
                  </td>
                  {canReview ? (
                    <td>
                      {same ? null : (
                        <div className="checkbox">
                          <input type="checkbox" id={id} name="fields" value={field} />
                          <label htmlFor={id}>
                            {t('submission.takeOver')}
                            <span className="visually-hidden"> {label}</span>
                          </label>
                        </div>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {canReview ? (
        <div className="actions">
          <button
            type="submit"
            className="button"
            name="intent"
            value="mergeSubmission"
            disabled={busy}
          >
            {t('submission.merge')}
          </button>
          <button
            type="submit"
            className="button button--quiet"
            name="intent"
            value="dismissSubmission"
            disabled={busy}
          >
            {t('submission.dismiss')}
          </button>
        </div>
      ) : null}
    </Form>
  );
}
