import { index, layout, type RouteConfig, route } from '@remix-run/route-config';

export default [
  route('sign-in', 'routes/sign-in.tsx'),
  route('sign-out', 'routes/sign-out.tsx'),
  route('locale', 'routes/locale.tsx'),
  layout('routes/console.tsx', [
    index('routes/home.tsx'),
    route('organisations', 'routes/organisations.tsx'),
    route('organisations/new', 'routes/organisation-new.tsx'),
    route('networks', 'routes/networks.tsx'),
    route('partners', 'routes/partners.tsx'),
    route('partners/new', 'routes/partner-new.tsx'),
    route('partners/:partnerId', 'routes/partner.tsx'),
  ]),
] satisfies RouteConfig;
