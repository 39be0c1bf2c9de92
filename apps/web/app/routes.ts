import { index, type RouteConfig, route } from '@remix-run/route-config';

export default [
  index('routes/home.tsx'),
  route('sign-in', 'routes/sign-in.tsx'),
  route('sign-out', 'routes/sign-out.tsx'),
  route('locale', 'routes/locale.tsx'),
  route('set-password', 'routes/set-password.tsx'),
  route('account/password', 'routes/change-password.tsx'),
  route('o/:organisationId', 'routes/organisation.tsx', [
    index('routes/organisation-home.tsx'),
    route('programmes', 'routes/programmes.tsx'),
    route('programmes/new', 'routes/programme-new.tsx'),
    route('programmes/:programmeId', 'routes/programme.tsx'),
    route('programmes/:programmeId/edit', 'routes/programme-edit.tsx'),
  ]),
] satisfies RouteConfig;
