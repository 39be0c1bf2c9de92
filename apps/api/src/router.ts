import { networkAdminRouter } from './routers/admin/network.router.ts';
import { organisationAdminRouter } from './routers/admin/organisation.router.ts';
import { partnerAdminRouter } from './routers/admin/partner.router.ts';
import { authRouter } from './routers/auth/auth.router.ts';
import { agreementTemplateRouter } from './routers/duo/agreement-template.router.ts';
import { closingMeetingRouter } from './routers/duo/closing-meeting.router.ts';
import { coachRouter } from './routers/duo/coach.router.ts';
import { contactRouter } from './routers/duo/contact.router.ts';
import { duoEndRouter } from './routers/duo/duo-end.router.ts';
import { firstMeetingRouter } from './routers/duo/first-meeting.router.ts';
import { outcomeRouter } from './routers/duo/outcome.router.ts';
import { evaluationRouter } from './routers/evaluation/evaluation.router.ts';
import { portalEvaluationRouter } from './routers/evaluation/portal-evaluation.router.ts';
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
import {
  personalDataRouter,
  portalPersonalDataRouter,
} from './routers/personal-data/personal-data.router.ts';
import { portalRouter } from './routers/portal/portal.router.ts';
import { portalContactRouter } from './routers/portal/portal-contact.router.ts';
import { portalEndRouter } from './routers/portal/portal-end.router.ts';
import { portalOutcomeRouter } from './routers/portal/portal-outcome.router.ts';
import { staffAgreementRouter } from './routers/portal/staff-agreement.router.ts';
import { programmeRouter } from './routers/programme/programme.router.ts';
import { qualityRouter } from './routers/quality/quality.router.ts';
import { reminderRunRouter } from './routers/reminders/reminder-run.router.ts';
import { portalRemindersRouter, reminderStopRouter } from './routers/reminders/reminders.router.ts';
import { socialMapRouter } from './routers/social-map/social-map.router.ts';
import { portalLibraryRouter } from './routers/support/portal-library.router.ts';
import { portalWorkshopsRouter } from './routers/support/portal-workshop.router.ts';
import { resourceRouter } from './routers/support/resource.router.ts';
import { workshopRouter } from './routers/support/workshop.router.ts';
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
  resource: resourceRouter,
  portalLibrary: portalLibraryRouter,
  referral: referralRouter,
  partnerLink: partnerLinkRouter,
  partner: partnerRouter,
  portal: portalRouter,
  agreement: staffAgreementRouter,
  agreementTemplate: agreementTemplateRouter,
  firstMeeting: firstMeetingRouter,
  contact: contactRouter,
  portalContact: portalContactRouter,
  coach: coachRouter,
  duoEnd: duoEndRouter,
  evaluation: evaluationRouter,
  closingMeeting: closingMeetingRouter,
  portalEnd: portalEndRouter,
  outcome: outcomeRouter,
  portalOutcome: portalOutcomeRouter,
  portalEvaluation: portalEvaluationRouter,
  workshop: workshopRouter,
  portalWorkshops: portalWorkshopsRouter,
  reminderStop: reminderStopRouter,
  reminderRun: reminderRunRouter,
  portalReminders: portalRemindersRouter,
  personalData: personalDataRouter,
  portalPersonalData: portalPersonalDataRouter,
  admin: router({
    organisation: organisationAdminRouter,
    network: networkAdminRouter,
    partner: partnerAdminRouter,
  }),
});

export type AppRouter = typeof appRouter;
