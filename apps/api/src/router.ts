import { networkAdminRouter } from './routers/admin/network.router.ts';
import { organisationAdminRouter } from './routers/admin/organisation.router.ts';
import { partnerAdminRouter } from './routers/admin/partner.router.ts';
import { authRouter } from './routers/auth/auth.router.ts';
import { firstMeetingRouter } from './routers/duo/first-meeting.router.ts';
import { applicationRouter } from './routers/intake/application.router.ts';
import {
  applicationExportRouter,
  applicationImportRouter,
} from './routers/intake/application-csv.router.ts';
import { recruitmentChannelRouter } from './routers/intake/channel.router.ts';
import {
  decisionRouter,
  messageTemplateRouter,
  outboxRouter,
} from './routers/intake/decision.router.ts';
import { infoSessionRouter } from './routers/intake/info-session.router.ts';
import { interviewRouter } from './routers/intake/interview.router.ts';
import { publicIntakeRouter } from './routers/intake/public-intake.router.ts';
import { matchingRouter } from './routers/matching/matching.router.ts';
import { organisationRouter } from './routers/organisation/organisation.router.ts';
import { partnerRouter } from './routers/partner/partner.router.ts';
import { partnerLinkRouter, referralRouter } from './routers/partner/staff-referral.router.ts';
import { portalRouter } from './routers/portal/portal.router.ts';
import { staffAgreementRouter } from './routers/portal/staff-agreement.router.ts';
import { programmeRouter } from './routers/programme/programme.router.ts';
import { qualityRouter } from './routers/quality/quality.router.ts';
import { socialMapRouter } from './routers/social-map/social-map.router.ts';
import { trainingRouter } from './routers/training/training.router.ts';
import { router } from './trpc/init.ts';

export const appRouter = router({
  auth: authRouter,
  organisation: organisationRouter,
  programme: programmeRouter,
  recruitmentChannel: recruitmentChannelRouter,
  infoSession: infoSessionRouter,
  publicIntake: publicIntakeRouter,
  application: applicationRouter,
  applicationImport: applicationImportRouter,
  applicationExport: applicationExportRouter,
  interview: interviewRouter,
  decision: decisionRouter,
  messageTemplate: messageTemplateRouter,
  outbox: outboxRouter,
  quality: qualityRouter,
  training: trainingRouter,
  matching: matchingRouter,
  socialMap: socialMapRouter,
  referral: referralRouter,
  partnerLink: partnerLinkRouter,
  partner: partnerRouter,
  portal: portalRouter,
  agreement: staffAgreementRouter,
  firstMeeting: firstMeetingRouter,
  admin: router({
    organisation: organisationAdminRouter,
    network: networkAdminRouter,
    partner: partnerAdminRouter,
  }),
});

export type AppRouter = typeof appRouter;
