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
    route('programmes/:programmeId/channels', 'routes/intake-channels.tsx'),
    route('programmes/:programmeId/info-sessions', 'routes/intake-info-sessions.tsx'),
    route('programmes/:programmeId/info-sessions/:infoSessionId', 'routes/intake-info-session.tsx'),
    route('programmes/:programmeId/applications', 'routes/intake-applications.tsx'),
    route('programmes/:programmeId/applications/import', 'routes/intake-applications-import.tsx'),
    route(
      'programmes/:programmeId/applications/import/template',
      'routes/intake-applications-import-template.tsx',
    ),
    route('programmes/:programmeId/applications/export', 'routes/intake-applications-export.tsx'),
    route('programmes/:programmeId/applications/:applicationId', 'routes/intake-application.tsx'),
    route('programmes/:programmeId/message-templates', 'routes/intake-message-templates.tsx'),
    route('programmes/:programmeId/quality', 'routes/quality.tsx'),
    route('programmes/:programmeId/quality/:criterionId/:side', 'routes/quality-drill-down.tsx'),
    route('outbox', 'routes/outbox.tsx'),
  ]),
  // Public pages of a programme: no account, phone-first.
  route('p/:organisationSlug/:programmeId', 'routes/public-programme.tsx'),
  route(
    'p/:organisationSlug/:programmeId/sessions/:infoSessionId/register',
    'routes/public-register.tsx',
  ),
  route('p/:organisationSlug/:programmeId/apply/:role', 'routes/public-apply.tsx'),
  route('p/:organisationSlug/:programmeId/apply/:role/done', 'routes/public-applied.tsx'),
] satisfies RouteConfig;
