import { networkAdminRouter } from './routers/admin/network.router.ts';
import { organisationAdminRouter } from './routers/admin/organisation.router.ts';
import { authRouter } from './routers/auth/auth.router.ts';
import { programmeRouter } from './routers/programme/programme.router.ts';
import { router } from './trpc/init.ts';

export const appRouter = router({
  auth: authRouter,
  programme: programmeRouter,
  admin: router({
    organisation: organisationAdminRouter,
    network: networkAdminRouter,
  }),
});

export type AppRouter = typeof appRouter;
