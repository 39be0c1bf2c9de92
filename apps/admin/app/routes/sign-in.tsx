import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { SignInPage, useTranslator } from '@tandem/web-kit';
import { safeReturnTo, signIn } from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'signIn.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await auth.getViewer(request, context);
  if (viewer?.me.isOperator) {
    throw redirect(safeReturnTo(new URL(request.url).searchParams.get('returnTo'), request.url));
  }
  return null;
}

export const action = (args: ActionFunctionArgs) => signIn(args, { auth, operatorsOnly: true });

export default function SignIn() {
  const { t } = useTranslator();
  return <SignInPage intro={t('signIn.adminIntro')} />;
}
