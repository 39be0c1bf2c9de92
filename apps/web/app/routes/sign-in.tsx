import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node';
import { Link } from '@remix-run/react';
import { SignInPage, useTranslator } from '@tandem/web-kit';
import { safeReturnTo, signIn } from '@tandem/web-kit/server';
import { auth } from '../lib/auth.server.ts';
import { title } from '../lib/meta.ts';

export const meta: MetaFunction = (args) => title(args, 'signIn.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await auth.getViewer(request, context)) {
    throw redirect(safeReturnTo(new URL(request.url).searchParams.get('returnTo'), request.url));
  }
  return null;
}

export const action = (args: ActionFunctionArgs) => signIn(args, { auth });

export default function SignIn() {
  const { t } = useTranslator();
  // Mentors and mentees have no password: they choose their organisation and get a link.
  return (
    <>
      <SignInPage intro={t('signIn.intro')} />
      <p className="narrow">
        <Link to="/portal" className="button button--quiet">
          {t('portal.signIn.staffLink')}
        </Link>
      </p>
    </>
  );
}
