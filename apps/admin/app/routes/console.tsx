import type { LoaderFunctionArgs } from '@remix-run/node';
import { Outlet } from '@remix-run/react';
import { RouteErrorMessage } from '@tandem/web-kit';
import { requireOperator } from '../lib/auth.server.ts';

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOperator(request, context);
  return null;
}

export default function Console() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <RouteErrorMessage />;
}
