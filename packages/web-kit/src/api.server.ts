import type { AppLoadContext } from '@remix-run/node';
import type { AppRouter } from '@tandem/api';
import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type Api = TRPCClient<AppRouter>;
export type ApiInputs = inferRouterInputs<AppRouter>;
export type ApiOutputs = inferRouterOutputs<AppRouter>;

function apiBaseUrl(): string {
  return (process.env.API_URL ?? 'http://127.0.0.1:3100').replace(/\/+$/, '');
}

/**
 * A client for one request. The API sees the person's session token and address, never
 * the Remix server's own, so authorisation and rate limits apply to the person.
 */
export function createApi(context: AppLoadContext, sessionToken: string | null): Api {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${apiBaseUrl()}/trpc`,
        headers: () => ({
          ...(sessionToken ? { authorization: `Bearer ${sessionToken}` } : {}),
          'x-forwarded-for': context.clientAddress,
          'x-request-id': context.requestId,
        }),
      }),
    ],
  });
}
