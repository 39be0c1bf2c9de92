import { type ActionFunctionArgs, data } from '@remix-run/node';
import type { MessageKey } from '@tandem/i18n';
import type { FormResult } from '@tandem/web-kit';
import { type Api, text, toFormErrors } from '@tandem/web-kit/server';
import { requireOperator } from './auth.server.ts';

/** What an operator form's action hands back: what it did, or the problems and the typed values. */
export type OperatorFormResult<Values, Done> =
  | ({ done: null } & FormResult<Values>)
  | { done: Done };

/**
 * An operator form's action: reads the named fields, hands them to `submit`, and turns an
 * API refusal into field errors. `fieldMessages` as in `toFormErrors`.
 */
export async function operatorFormAction<Name extends string, Done>(
  { request, context }: ActionFunctionArgs,
  fields: readonly Name[],
  submit: (api: Api, values: Record<Name, string>) => Promise<Done>,
  fieldMessages?: Readonly<Record<string, MessageKey>>,
) {
  const { viewer, t } = await requireOperator(request, context);
  const form = await request.formData();
  const values = Object.fromEntries(fields.map((name) => [name, text(form, name)])) as Record<
    Name,
    string
  >;
  type Result = OperatorFormResult<Record<Name, string>, Done>;
  try {
    return data<Result>({ done: await submit(viewer.api, values) });
  } catch (error) {
    return data<Result>(
      { done: null, values, ...toFormErrors(error, t, fieldMessages) },
      { status: 400 },
    );
  }
}
