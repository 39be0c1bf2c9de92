import { Form, useNavigation } from '@remix-run/react';
import { CHECK_IN_GOING, CHECK_IN_WITH } from '@tandem/domain';
import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  SelectField,
  TextAreaField,
  TextField,
  useTranslator,
} from '@tandem/web-kit';

interface CheckInFormProps {
  duoId: string;
  today: string;
  /** How it went last time: the form starts from it, so an unchanged duo is one click. */
  lastGoing: (typeof CHECK_IN_GOING)[number] | null;
  /** Set when the same form is repeated on the page, to keep field ids apart. */
  idPrefix?: string;
  /** A refused submission of this form: its problems and what was typed. */
  failed?: { errors: FormErrors; values: Record<string, string> } | undefined;
  /** The submit button's name for screen readers when there are several on a page. */
  submitContext?: string;
}

const FIELDS = ['checkInOn', 'withWhom', 'going', 'followUpNeeded', 'note'] as const;

/** A coach's check-in (D3): the date defaults to today, the rest to the usual answer. */
export function CheckInForm({
  duoId,
  today,
  lastGoing,
  idPrefix,
  failed,
  submitContext,
}: CheckInFormProps) {
  const { t } = useTranslator();
  const submitting = useNavigation().state === 'submitting';
  const id = (name: string) => (idPrefix ? `${idPrefix}-${name}` : name);
  const errors = failed?.errors.fieldErrors ?? {};
  const values = failed?.values;
  const labels = {
    checkInOn: t('checkIn.field.checkInOn'),
    withWhom: t('checkIn.field.withWhom'),
    going: t('checkIn.field.going'),
    followUpNeeded: t('checkIn.field.followUpNeeded'),
    note: t('checkIn.field.note'),
  };
  return (
    <Form method="post" noValidate className="panel">
      <ErrorSummary
        formError={failed?.errors.formError}
        fieldErrors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [id(k), v]))}
        labels={Object.fromEntries(FIELDS.map((f) => [id(f), labels[f]]))}
      />
      <input type="hidden" name="intent" value="checkIn" />
      <input type="hidden" name="duoId" value={duoId} />
      <TextField
        name="checkInOn"
        id={`field-${id('checkInOn')}`}
        type="date"
        label={labels.checkInOn}
        defaultValue={values?.checkInOn ?? today}
        error={errors.checkInOn}
        required
      />
      <SelectField
        name="withWhom"
        id={`field-${id('withWhom')}`}
        label={labels.withWhom}
        defaultValue={values?.withWhom ?? 'both'}
        options={CHECK_IN_WITH.map((w) => ({ value: w, label: t(`checkIn.with.${w}`) }))}
        error={errors.withWhom}
        required
      />
      <SelectField
        name="going"
        id={`field-${id('going')}`}
        label={labels.going}
        defaultValue={values?.going ?? lastGoing ?? 'well'}
        options={CHECK_IN_GOING.map((g) => ({ value: g, label: t(`checkIn.going.${g}`) }))}
        error={errors.going}
        required
      />
      <CheckboxField
        name="followUpNeeded"
        id={`field-${id('followUpNeeded')}`}
        label={labels.followUpNeeded}
        defaultChecked={values ? values.followUpNeeded === 'yes' : false}
        error={errors.followUpNeeded}
      />
      <TextAreaField
        name="note"
        id={`field-${id('note')}`}
        label={labels.note}
        defaultValue={values?.note ?? ''}
        error={errors.note}
        rows={2}
      />
      <button type="submit" className="button" disabled={submitting}>
        {t('checkIn.submit')}
        {submitContext ? <span className="visually-hidden"> {submitContext}</span> : null}
      </button>
    </Form>
  );
}
