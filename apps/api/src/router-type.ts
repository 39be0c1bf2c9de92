/** What the Remix apps import: the router's type only, never server code. */
export type { AppRouter } from './router.ts';
export type { AppErrorData } from './trpc/init.ts';
