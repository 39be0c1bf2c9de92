import { queryRows } from '@tandem/db';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../src/router.ts';
import { createHarness } from './harness.ts';

/**
 * Bad input to every procedure gets a clear validation error, never a 500, and writes
 * nothing. The cases are keyed by procedure path and the list is checked against the
 * router, so a new procedure without a case fails here.
 */
const h = await createHarness();
const adminToken = await h.tokenFor('admin@debrug.example');
const operatorToken = await h.tokenFor('operator@tandem.example');
const partnerToken = await h.tokenFor('partner@vdab.example');
const [demoPartner] = await h.as(partnerToken).partner.mine.query();
const partnerId = demoPartner?.id ?? '';
const participantToken = await h.portalTokenFor('awa.ndiaye@example.be', 'le-pont');

const org = h.deBrug;
const [demoProgramme] = await h.as(adminToken).programme.list.query({ organisationId: org });
const programmeId = demoProgramme?.id ?? '';
const someId = '00000000-0000-4000-8000-000000000000';
const publicProgramme = { organisationSlug: 'de-brug', programmeId };
const BAD_INPUT: Record<
  string,
  {
    as: 'anon' | 'admin' | 'operator' | 'partner' | 'participant';
    input: unknown;
    fields: string[];
  }
> = {
  'auth.signIn': {
    as: 'anon',
    input: { email: 'not-an-address', password: '' },
    fields: ['email', 'password'],
  },
  'auth.changePassword': {
    as: 'admin',
    input: { currentPassword: '', newPassword: 'short' },
    fields: ['currentPassword', 'newPassword'],
  },
  'auth.setPassword': {
    as: 'anon',
    input: { token: 'x', password: 42 },
    fields: ['token', 'password'],
  },
  'auth.setLocale': { as: 'admin', input: { locale: 'de' }, fields: ['locale'] },
  'portal.requestSignInLink': {
    as: 'anon',
    input: { organisationSlug: '', email: 'awa@' },
    fields: ['organisationSlug', 'email'],
  },
  'portal.signInWithLink': { as: 'anon', input: { token: 'short' }, fields: ['token'] },
  'portal.home': {
    as: 'participant',
    input: { organisationSlug: 42 },
    fields: ['organisationSlug'],
  },
  'portal.validate': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', matchId: 'x', answer: 'maybe', reason: 'a\u0000b' },
    fields: ['matchId', 'answer', 'reason'],
  },
  'portal.agreement': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', matchId: 1, locale: 'de' },
    fields: ['matchId', 'locale'],
  },
  'portal.acceptAgreement': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', agreementId: 'x', locale: 'fr', textSha256: 'abc' },
    fields: ['agreementId', 'textSha256'],
  },
  'portal.agreementPdf': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', matchId: someId, locale: '' },
    fields: ['locale'],
  },
  'agreement.reissue': {
    as: 'admin',
    input: { organisationId: org, matchId: someId, durationMonths: 0, contactIntervalDays: 32 },
    fields: ['durationMonths', 'contactIntervalDays'],
  },
  'agreement.versions': {
    as: 'admin',
    input: { organisationId: org, matchId: 'x' },
    fields: ['matchId'],
  },
  'agreement.pdf': {
    as: 'admin',
    input: { organisationId: org, matchId: someId, version: 0, locale: 'de' },
    fields: ['version', 'locale'],
  },
  'agreementTemplate.get': {
    as: 'admin',
    input: { organisationId: org, programmeId: 7 },
    fields: ['programmeId'],
  },
  'contact.duo': { as: 'admin', input: { organisationId: org, duoId: 'x' }, fields: ['duoId'] },
  'contact.endingSoon': {
    as: 'admin',
    input: { organisationId: org, programmeId: 7 },
    fields: ['programmeId'],
  },
  'agreementTemplate.save': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      locale: 'es',
      ethicalCharter: ' ',
      confidentiality: 'a\u0000b',
      whenDifficult: 'x'.repeat(8001),
    },
    fields: ['locale', 'ethicalCharter', 'confidentiality', 'whenDifficult'],
  },
  'agreementTemplate.preview': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      locale: 'fr',
      draft: { ethicalCharter: '', confidentiality: 'Entre nous.', whenDifficult: 3 },
    },
    fields: ['draft.ethicalCharter', 'draft.whenDifficult'],
  },
  'coach.coaches': { as: 'admin', input: { organisationId: 42 }, fields: ['organisationId'] },
  'coach.followUp': { as: 'admin', input: { organisationId: org, duoId: 'x' }, fields: ['duoId'] },
  'coach.assign': {
    as: 'admin',
    input: { organisationId: org, duoId: someId, coachUserId: 'x', fromDate: '2999-01-01' },
    fields: ['coachUserId', 'fromDate'],
  },
  'contact.log': {
    as: 'admin',
    input: {
      organisationId: org,
      duoId: someId,
      contactOn: '2026-02-30',
      mode: 'letter',
      durationMinutes: 0,
      note: 'a\u0000b',
      loggedBy: 'staff',
    },
    fields: ['contactOn', 'mode', 'durationMinutes', 'note', 'loggedBy'],
  },
  'contact.startPause': {
    as: 'admin',
    input: { organisationId: org, duoId: someId, fromDate: 'yesterday', reason: ' ' },
    fields: ['fromDate', 'reason'],
  },
  'contact.endPause': {
    as: 'admin',
    input: { organisationId: org, duoId: someId, pauseId: 'x', untilDate: '2026-13-01' },
    fields: ['pauseId', 'untilDate'],
  },
  'portalContact.overview': {
    as: 'participant',
    input: { organisationSlug: 42 },
    fields: ['organisationSlug'],
  },
  'portalContact.duo': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', duoId: 'x' },
    fields: ['duoId'],
  },
  'portalContact.log': {
    as: 'participant',
    input: {
      organisationSlug: 'le-pont',
      duoId: someId,
      contactOn: '',
      mode: 'phone',
      durationMinutes: 1441,
      note: null,
      noteSharedWithStaff: 'yes',
    },
    fields: ['contactOn', 'durationMinutes', 'noteSharedWithStaff'],
  },
  'duoEnd.summary': {
    as: 'admin',
    input: { organisationId: org, duoId: 'x' },
    fields: ['duoId'],
  },
  'duoEnd.end': {
    as: 'admin',
    input: {
      organisationId: org,
      duoId: someId,
      lastDay: '2026-02-30',
      reasonCode: 'bored',
      reasonText: 'a\u0000b',
    },
    fields: ['lastDay', 'reasonCode', 'reasonText'],
  },
  'duoEnd.toClose': {
    as: 'admin',
    input: { organisationId: org, coachUserId: 'x' },
    fields: ['coachUserId'],
  },
  'portalEnd.duo': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', duoId: 42 },
    fields: ['duoId'],
  },
  'portalEnd.end': {
    as: 'participant',
    input: {
      organisationSlug: 'le-pont',
      duoId: someId,
      lastDay: 'yesterday',
      reasonCode: 'other',
      reasonText: 'x'.repeat(1001),
    },
    fields: ['lastDay', 'reasonText'],
  },
  'closingMeeting.list': {
    as: 'admin',
    input: { organisationId: org, duoId: 'x' },
    fields: ['duoId'],
  },
  'closingMeeting.plan': {
    as: 'admin',
    input: {
      organisationId: org,
      duoId: someId,
      startsAt: 'tomorrow',
      durationMinutes: 5,
      mode: 'phone',
      place: 'a\u0000b',
      onlineUrl: 'ftp://x',
    },
    fields: ['startsAt', 'durationMinutes', 'mode', 'place', 'onlineUrl'],
  },
  'closingMeeting.reschedule': {
    as: 'admin',
    input: {
      organisationId: org,
      closingMeetingId: someId,
      startsAt: '2030-01-01T10:00:00Z',
      durationMinutes: 60,
      mode: 'online',
      place: null,
      onlineUrl: '',
    },
    fields: ['onlineUrl'],
  },
  'closingMeeting.cancel': {
    as: 'admin',
    input: { organisationId: org, closingMeetingId: 1 },
    fields: ['closingMeetingId'],
  },
  'closingMeeting.record': {
    as: 'admin',
    input: { organisationId: org, closingMeetingId: someId, heldOn: '2026-13-01' },
    fields: ['heldOn'],
  },
  'coach.logCheckIn': {
    as: 'admin',
    input: {
      organisationId: org,
      duoId: someId,
      checkInOn: '2026-02-30',
      withWhom: 'neighbour',
      going: 'great',
      followUpNeeded: 'yes',
      note: 'a\u0000b',
    },
    fields: ['checkInOn', 'withWhom', 'going', 'followUpNeeded', 'note'],
  },
  'coach.addMediationNote': {
    as: 'admin',
    input: { organisationId: org, duoId: someId, writtenOn: 'today', note: ' ' },
    fields: ['writtenOn', 'note'],
  },
  'coach.caseload': {
    as: 'admin',
    input: { organisationId: org, coachUserId: 42 },
    fields: ['coachUserId'],
  },
  'firstMeeting.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x' },
    fields: ['programmeId'],
  },
  'firstMeeting.schedule': {
    as: 'admin',
    input: {
      organisationId: org,
      matchId: someId,
      startsAt: 'tomorrow',
      durationMinutes: 5,
      place: ' ',
      locationKind: 'garden',
      plannedStaffUserId: 'x',
    },
    fields: ['startsAt', 'durationMinutes', 'place', 'locationKind', 'plannedStaffUserId'],
  },
  'firstMeeting.reschedule': {
    as: 'admin',
    input: {
      organisationId: org,
      firstMeetingId: someId,
      startsAt: '2030-01-01T10:00:00Z',
      durationMinutes: 481,
      place: 'a\u0000b',
      locationKind: 'library',
      plannedStaffUserId: someId,
    },
    fields: ['durationMinutes', 'place'],
  },
  'firstMeeting.cancel': {
    as: 'admin',
    input: { organisationId: org, firstMeetingId: 1 },
    fields: ['firstMeetingId'],
  },
  'firstMeeting.recordOutcome': {
    as: 'admin',
    input: {
      organisationId: org,
      firstMeetingId: someId,
      held: 'yes',
      staffPresentUserId: 'x',
      mentorPresent: true,
    },
    fields: ['held', 'staffPresentUserId', 'menteePresent'],
  },
  'firstMeeting.recordAnswer': {
    as: 'admin',
    input: {
      organisationId: org,
      matchId: someId,
      role: 'coach',
      answer: 'confirmed',
      channel: 'portal',
      reason: 'a\u0000b',
    },
    fields: ['role', 'channel', 'reason'],
  },
  'organisation.members': {
    as: 'admin',
    input: { organisationId: 42 },
    fields: ['organisationId'],
  },
  'programme.list': {
    as: 'admin',
    input: { organisationId: 'de-brug' },
    fields: ['organisationId'],
  },
  'programme.get': {
    as: 'admin',
    input: { organisationId: org, programmeId: 7 },
    fields: ['programmeId'],
  },
  'programme.create': {
    as: 'admin',
    input: {
      organisationId: org,
      name: '   ',
      languages: [],
      plannedDurationMonths: 2.5,
      minContactFrequencyDays: 0,
    },
    fields: ['name', 'languages', 'plannedDurationMonths', 'minContactFrequencyDays'],
  },
  'programme.update': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId: 'nope',
      name: 'x'.repeat(201),
      languages: ['dutch'],
    },
    fields: ['programmeId', 'name', 'languages.0'],
  },
  'recruitmentChannel.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x' },
    fields: ['programmeId'],
  },
  'recruitmentChannel.create': {
    as: 'admin',
    input: { organisationId: org, programmeId, kind: 'radio', name: ' ', audience: 'all' },
    fields: ['kind', 'name', 'audience'],
  },
  'recruitmentChannel.update': {
    as: 'admin',
    input: { organisationId: org, channelId: 1, kind: 'press', name: 'x', audience: 'both' },
    fields: ['channelId', 'kind'],
  },
  'recruitmentChannel.delete': {
    as: 'admin',
    input: { organisationId: org },
    fields: ['channelId'],
  },
  'infoSession.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: null },
    fields: ['programmeId'],
  },
  'infoSession.get': {
    as: 'admin',
    input: { organisationId: org, infoSessionId: 'x' },
    fields: ['infoSessionId'],
  },
  'infoSession.schedule': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      audience: 'both',
      startsAt: 'tomorrow',
      onlineUrl: 'ftp://files.example',
      capacity: 0,
    },
    fields: ['audience', 'startsAt', 'onlineUrl', 'capacity'],
  },
  'infoSession.recordAttendance': {
    as: 'admin',
    input: { organisationId: org, infoSessionId: 'x', attendance: [] },
    fields: ['infoSessionId', 'attendance'],
  },
  'infoSession.setTopicsCovered': {
    as: 'admin',
    input: { organisationId: org, infoSessionId: someId, topics: ['a1_role_expectations'] },
    fields: ['topics.0'],
  },
  'training.curriculum.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x' },
    fields: ['programmeId'],
  },
  'training.curriculum.saveModule': {
    as: 'admin',
    input: { organisationId: org, programmeId, moduleId: 'x', name: ' ', topics: ['a1'] },
    fields: ['moduleId', 'name', 'topics.0'],
  },
  'training.curriculum.deleteModule': {
    as: 'admin',
    input: { organisationId: org, moduleId: 7 },
    fields: ['moduleId'],
  },
  'training.session.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: null },
    fields: ['programmeId'],
  },
  'training.session.get': {
    as: 'admin',
    input: { organisationId: org, trainingSessionId: 'x' },
    fields: ['trainingSessionId'],
  },
  'training.session.schedule': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      startsAt: 'soon',
      onlineUrl: 'ftp://files.example',
      trainer: '',
      moduleIds: ['x'],
      topics: ['ethics'],
    },
    fields: ['startsAt', 'onlineUrl', 'trainer', 'moduleIds.0', 'topics.0'],
  },
  'training.session.recordAttendance': {
    as: 'admin',
    input: {
      organisationId: org,
      trainingSessionId: someId,
      attendance: [{ applicationId: 'x', status: 'present' }],
    },
    fields: ['attendance.0.applicationId', 'attendance.0.status'],
  },
  'training.coverage.list': {
    as: 'admin',
    input: { organisationId: org },
    fields: ['programmeId'],
  },
  'training.coverage.get': {
    as: 'admin',
    input: { organisationId: org, applicationId: 'x' },
    fields: ['applicationId'],
  },
  'matching.settings.get': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x' },
    fields: ['programmeId'],
  },
  'matching.settings.update': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      weights: { availability: 11, location: -1, age: 1.5, sector: 1, goal: 1, language: 1 },
      maxDistanceKm: 0,
      distanceIsHardLimit: 'yes',
      requireCompleteTraining: null,
      minScore: 2,
    },
    fields: [
      'weights.availability',
      'weights.location',
      'weights.age',
      'weights.interests',
      'maxDistanceKm',
      'distanceIsHardLimit',
      'requireCompleteTraining',
      'minScore',
    ],
  },
  'matching.capacity.list': {
    as: 'admin',
    input: { organisationId: org },
    fields: ['programmeId'],
  },
  'matching.capacity.set': {
    as: 'admin',
    input: { organisationId: org, applicationId: 'x', capacity: 6 },
    fields: ['applicationId', 'capacity'],
  },
  'matching.exclusion.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: 7 },
    fields: ['programmeId'],
  },
  'matching.exclusion.add': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      mentorApplicationId: 'x',
      menteeApplicationId: someId,
      reason: ' ',
    },
    fields: ['mentorApplicationId', 'reason'],
  },
  'matching.exclusion.remove': {
    as: 'admin',
    input: { organisationId: org, exclusionId: null },
    fields: ['exclusionId'],
  },
  'matching.proposal.get': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x' },
    fields: ['programmeId'],
  },
  'matching.proposal.decide': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      pairs: [{ mentorApplicationId: someId, menteeApplicationId: 'x' }],
    },
    fields: ['pairs.0.menteeApplicationId'],
  },
  'matching.match.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: '' },
    fields: ['programmeId'],
  },
  'matching.match.cancel': {
    as: 'admin',
    input: { organisationId: org, matchId: someId, reason: 'a\u0000b' },
    fields: ['reason'],
  },
  'publicIntake.programme': {
    as: 'anon',
    input: { organisationSlug: 'de-brug', programmeId: 'nope' },
    fields: ['programmeId'],
  },
  'publicIntake.registerForInfoSession': {
    as: 'anon',
    input: {
      ...publicProgramme,
      infoSessionId: 'x',
      name: '',
      email: 'nobody',
      phone: 'call me',
      locale: 'de',
      consent: { given: false, textVersion: 'v0' },
    },
    fields: [
      'infoSessionId',
      'name',
      'email',
      'phone',
      'locale',
      'consent.given',
      'consent.textVersion',
    ],
  },
  'publicIntake.submitApplication': {
    as: 'anon',
    input: {
      ...publicProgramme,
      role: 'buddy',
      name: 'Amina',
      email: 'amina@example.org',
      preferredLocale: 'fr',
      availability: [{ day: 'monday', part: 'morning' }],
      postcode: '1',
      municipality: 'Schaerbeek',
      languages: ['french'],
      sector: 'zorg',
      goal: '',
      birthYear: 2020,
      channelId: someId,
    },
    fields: [
      'role',
      'availability.0.day',
      'postcode',
      'languages.0',
      'goal',
      'birthYear',
      'consent',
    ],
  },
  'application.list': {
    as: 'admin',
    input: { organisationId: org, programmeId, role: 'buddy', stage: 'matched' },
    fields: ['role', 'stage'],
  },
  'application.get': {
    as: 'admin',
    input: { organisationId: org, applicationId: 'x' },
    fields: ['applicationId'],
  },
  'application.mergeSubmission': {
    as: 'admin',
    input: { organisationId: org, submissionId: 'x', fields: [] },
    fields: ['submissionId', 'fields'],
  },
  'application.dismissSubmission': {
    as: 'admin',
    input: { organisationId: org, submissionId: 42 },
    fields: ['submissionId'],
  },
  'interview.schedule': {
    as: 'admin',
    input: {
      organisationId: org,
      applicationId: 'x',
      interviewerUserId: 'y',
      scheduledAt: '2026-13-01T10:00:00Z',
      mode: 'phone',
    },
    fields: ['applicationId', 'interviewerUserId', 'scheduledAt', 'mode'],
  },
  'interview.recordOutcome': {
    as: 'admin',
    input: {
      organisationId: org,
      interviewId: someId,
      committedPeriodMonths: 0,
      committedContactIntervalDays: 60,
      expectationsRealistic: 'yes',
    },
    fields: ['committedPeriodMonths', 'committedContactIntervalDays', 'expectationsRealistic'],
  },
  'decision.decide': {
    as: 'admin',
    input: { organisationId: org, applicationId: someId, outcome: 'refused' },
    fields: ['refusalReason', 'reasonText'],
  },
  'messageTemplate.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x' },
    fields: ['programmeId'],
  },
  'messageTemplate.save': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      kind: 'welcome',
      locale: 'de',
      subject: '',
      body: '',
    },
    fields: ['kind', 'locale', 'subject', 'body'],
  },
  'applicationImport.preview': {
    as: 'admin',
    input: { organisationId: org, programmeId, role: 'boss', csv: '' },
    fields: ['role', 'csv'],
  },
  'applicationImport.confirm': {
    as: 'admin',
    input: { organisationId: org, programmeId, role: 'mentee', csv: 'x', consentConfirmed: false },
    fields: ['consentConfirmed'],
  },
  'applicationImport.template': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x' },
    fields: ['programmeId'],
  },
  'applicationExport.csv': {
    as: 'admin',
    input: { organisationId: org, programmeId, stage: 'hired', channelId: 'x' },
    fields: ['stage', 'channelId'],
  },
  'outbox.list': {
    as: 'admin',
    input: { organisationId: org, status: 'lost' },
    fields: ['status'],
  },
  'outbox.markSent': {
    as: 'admin',
    input: { organisationId: org, messageId: 'x' },
    fields: ['messageId'],
  },
  'outbox.retry': {
    as: 'admin',
    input: { organisationId: org, messageId: 'x' },
    fields: ['messageId'],
  },
  'quality.indicators': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      period: { start: '2025-02-30', end: '2025-01' },
      status: 'great',
    },
    fields: ['period.start', 'period.end', 'status'],
  },
  'quality.outcomes': {
    as: 'admin',
    input: { organisationId: org, programmeId, period: { start: '2025-04-01', end: '2025-01-01' } },
    fields: ['period.end'],
  },
  'quality.reportPdf': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      period: { start: '2025-01-01', end: '2026-01-01' },
      locale: 'de',
    },
    fields: ['locale'],
  },
  'quality.reportCsv': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId: 'x',
      period: { start: '2025-04-01', end: '2025-01-01' },
    },
    fields: ['programmeId', 'period.end', 'locale'],
  },
  'quality.trends': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x', criterionIds: ['Z9'] },
    fields: ['programmeId', 'criterionIds.0'],
  },
  'outcome.ofApplication': {
    as: 'admin',
    input: { organisationId: org, applicationId: 'x' },
    fields: ['applicationId'],
  },
  'outcome.ofDuo': { as: 'admin', input: { organisationId: org, duoId: 42 }, fields: ['duoId'] },
  'outcome.recordIntake': {
    as: 'admin',
    input: {
      organisationId: org,
      applicationId: someId,
      recordedOn: '2026-02-30',
      situation: 'retired',
      contractKind: null,
      hoursPerWeek: 81,
      confidence: 6,
      autonomy: 0,
    },
    fields: ['recordedOn', 'situation', 'hoursPerWeek', 'confidence', 'autonomy'],
  },
  'outcome.recordForDuo': {
    as: 'admin',
    input: {
      organisationId: org,
      duoId: someId,
      moment: 'follow_up_6m',
      recordedOn: '2026-01-10',
      situation: 'training',
      contractKind: 'permanent',
      hoursPerWeek: null,
      confidence: 3,
      autonomy: null,
    },
    fields: ['contractKind', 'confidence'],
  },
  'portalOutcome.open': {
    as: 'participant',
    input: { organisationSlug: 42 },
    fields: ['organisationSlug'],
  },
  'portalOutcome.questions': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', duoId: 'x' },
    fields: ['duoId'],
  },
  'portalOutcome.answer': {
    as: 'participant',
    input: {
      organisationSlug: 'le-pont',
      duoId: someId,
      moment: 'intake',
      situation: 'employed',
      contractKind: 'zero_hours',
      hoursPerWeek: 1.5,
      confidence: null,
      autonomy: null,
    },
    fields: ['moment', 'contractKind', 'hoursPerWeek'],
  },
  'portalEvaluation.open': {
    as: 'participant',
    input: { organisationSlug: 42 },
    fields: ['organisationSlug'],
  },
  'portalEvaluation.get': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', evaluationId: 'x' },
    fields: ['evaluationId'],
  },
  'portalEvaluation.answer': {
    as: 'participant',
    input: {
      organisationSlug: 'le-pont',
      evaluationId: someId,
      answers: { overall: '6', contact_rhythm: 'often', unknown_question: 'yes' },
      comment: 'a\u0000b',
    },
    // Every question of the set unanswered or off its scale, and the stray key.
    fields: [
      'answers',
      'answers.overall',
      'answers.closer_to_work',
      'answers.contact_rhythm',
      'answers.support_from_organisation',
      'answers.would_recommend',
      'comment',
    ],
  },
  'evaluation.forDuo': {
    as: 'admin',
    input: { organisationId: org, duoId: 42 },
    fields: ['duoId'],
  },
  'quality.drillDown': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId: 'x',
      period: { start: '2025-04-01', end: '2025-01-01' },
      criterionId: 'E4',
      side: 'both',
    },
    fields: ['programmeId', 'period.end', 'criterionId', 'side'],
  },
  'admin.organisation.create': {
    as: 'operator',
    input: {
      name: '',
      slug: 'Not A Slug!',
      defaultLocale: 'es',
      adminEmail: 'nobody',
      adminName: '',
    },
    fields: ['name', 'slug', 'defaultLocale', 'adminEmail', 'adminName'],
  },
  'admin.network.create': { as: 'operator', input: { name: '' }, fields: ['name'] },
  'admin.partner.get': { as: 'operator', input: { partnerId: 'vdab' }, fields: ['partnerId'] },
  'admin.partner.create': {
    as: 'operator',
    input: { name: ' ', kind: 'bank', adminEmail: 'nobody', adminName: '', adminLocale: 'de' },
    fields: ['name', 'kind', 'adminEmail', 'adminName', 'adminLocale'],
  },
  'admin.partner.addMember': {
    as: 'operator',
    input: { partnerId: 7, email: '', name: null, locale: 'es', role: 'owner' },
    fields: ['partnerId', 'email', 'name', 'locale', 'role'],
  },
  'admin.network.addMember': {
    as: 'operator',
    input: { networkId: 'x', organisationId: null },
    fields: ['networkId', 'organisationId'],
  },
  'admin.network.removeMember': {
    as: 'operator',
    input: {},
    fields: ['networkId', 'organisationId'],
  },
  // Social map (D4), partner referrals (B1) and the partner app
  'socialMap.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: 1 },
    fields: ['programmeId'],
  },
  'socialMap.create': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      name: '',
      kind: 'bakery',
      languages: ['dutch'],
      email: 'x',
      website: 'ftp://x',
    },
    fields: ['name', 'kind', 'languages.0', 'email', 'website'],
  },
  'socialMap.update': {
    as: 'admin',
    input: { organisationId: org, serviceId: 'x', name: 'ok', kind: 'health', partnerId: 'nope' },
    fields: ['serviceId', 'partnerId'],
  },
  'socialMap.delete': {
    as: 'admin',
    input: { organisationId: org, serviceId: 5 },
    fields: ['serviceId'],
  },
  'socialMap.importCsv.preview': {
    as: 'admin',
    input: { organisationId: org, programmeId, csv: '' },
    fields: ['csv'],
  },
  'socialMap.importCsv.confirm': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x', csv: 42 },
    fields: ['programmeId', 'csv'],
  },
  'socialMap.exportHsds': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x' },
    fields: ['programmeId'],
  },
  'socialMap.importHsds.preview': {
    as: 'admin',
    input: { organisationId: org, programmeId, json: '', defaultKind: 'bakery' },
    fields: ['json', 'defaultKind'],
  },
  'socialMap.importHsds.confirm': {
    as: 'admin',
    input: { organisationId: org, programmeId, json: 'x'.repeat(6_000_001), defaultKind: 'health' },
    fields: ['json'],
  },
  // Workshops for mentors (D5)
  'workshop.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x' },
    fields: ['programmeId'],
  },
  'workshop.get': {
    as: 'admin',
    input: { organisationId: org, workshopId: 7 },
    fields: ['workshopId'],
  },
  'workshop.eligible': {
    as: 'admin',
    input: { organisationId: org, workshopId: 'x' },
    fields: ['workshopId'],
  },
  'workshop.plan': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      startsAt: 'tomorrow',
      durationMinutes: 5,
      theme: '',
      kind: 'party',
      place: '',
      onlineUrl: 'javascript:alert(1)',
      capacity: 0,
    },
    fields: ['startsAt', 'durationMinutes', 'theme', 'kind', 'onlineUrl', 'capacity'],
  },
  'workshop.edit': {
    as: 'admin',
    input: {
      organisationId: org,
      workshopId: someId,
      startsAt: '2026-03-01T10:00:00Z',
      durationMinutes: 90,
      theme: 'Netwerken',
      kind: 'peer_exchange',
      place: '',
      onlineUrl: '',
      capacity: 12,
    },
    fields: ['place'],
  },
  'workshop.cancel': {
    as: 'admin',
    input: { organisationId: org, workshopId: '' },
    fields: ['workshopId'],
  },
  'workshop.invite': {
    as: 'admin',
    input: { organisationId: org, workshopId: someId, applicationIds: [] },
    fields: ['applicationIds'],
  },
  'workshop.answer': {
    as: 'admin',
    input: { organisationId: org, invitationId: someId, answer: 'maybe' },
    fields: ['answer'],
  },
  'workshop.recordAttendance': {
    as: 'admin',
    input: {
      organisationId: org,
      workshopId: someId,
      attendance: [{ invitationId: 'x', attended: 'yes' }],
    },
    fields: ['attendance.0.invitationId', 'attendance.0.attended'],
  },
  'portalWorkshops.list': {
    as: 'participant',
    input: { organisationSlug: 42 },
    fields: ['organisationSlug'],
  },
  'portalWorkshops.answer': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', invitationId: 'x', answer: 'maybe' },
    fields: ['invitationId', 'answer'],
  },
  'portalWorkshops.calendar': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', invitationId: 42 },
    fields: ['invitationId'],
  },
  // The resource library (D4)
  'resource.list': {
    as: 'admin',
    input: { organisationId: org, programmeId: 'x' },
    fields: ['programmeId'],
  },
  'resource.create': {
    as: 'admin',
    input: {
      organisationId: org,
      programmeId,
      kind: 'videos',
      title: ' ',
      audience: 'coach',
      locale: 'de',
      reviewedOn: '2026-02-30',
      file: {
        name: 'guide.pdf',
        mediaType: 'application/pdf',
        base64: 'A'.repeat(Math.ceil((5 * 1024 * 1024) / 3) * 4 + 4),
      },
    },
    fields: ['kind', 'title', 'audience', 'locale', 'reviewedOn', 'file.base64'],
  },
  'resource.update': {
    as: 'admin',
    input: {
      organisationId: org,
      resourceId: someId,
      kind: 'guidelines',
      title: 'Guide',
      audience: 'both',
      locale: null,
      reviewedOn: null,
      url: 'javascript:alert(1)',
      file: { name: 'page.html', mediaType: 'text/html', base64: 'PGh0bWw+' },
    },
    fields: ['url', 'file.mediaType'],
  },
  'resource.markReviewed': {
    as: 'admin',
    input: { organisationId: org, resourceId: 'x' },
    fields: ['resourceId'],
  },
  'resource.withdraw': {
    as: 'admin',
    input: { organisationId: org },
    fields: ['resourceId'],
  },
  'resource.download': {
    as: 'admin',
    input: { organisationId: org, resourceId: 3 },
    fields: ['resourceId'],
  },
  'portalLibrary.list': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', locale: 'de' },
    fields: ['locale'],
  },
  'portalLibrary.download': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', resourceId: 'x' },
    fields: ['resourceId'],
  },
  // Stopping reminders: the signed link and the portal switch
  'reminderStop.preview': { as: 'anon', input: { token: '' }, fields: ['token'] },
  'reminderStop.confirm': { as: 'anon', input: { token: 'x'.repeat(301) }, fields: ['token'] },
  'personalData.export': {
    as: 'admin',
    input: { organisationId: org, applicationId: 'x' },
    fields: ['applicationId'],
  },
  'personalData.exportPdf': {
    as: 'admin',
    input: { organisationId: org, applicationId: 42 },
    fields: ['applicationId'],
  },
  'portalPersonalData.export': {
    as: 'participant',
    input: { organisationSlug: 42 },
    fields: ['organisationSlug'],
  },
  'portalPersonalData.exportPdf': {
    as: 'participant',
    input: { organisationSlug: '' },
    fields: ['organisationSlug'],
  },
  'reminderRun.queueDue': {
    as: 'admin',
    input: { organisationId: 'x' },
    fields: ['organisationId'],
  },
  'portalReminders.get': {
    as: 'participant',
    input: { organisationSlug: 42 },
    fields: ['organisationSlug'],
  },
  'portalReminders.set': {
    as: 'participant',
    input: { organisationSlug: 'le-pont', nonEssential: 'off' },
    fields: ['nonEssential'],
  },
  'referral.list': {
    as: 'admin',
    input: { organisationId: org, status: 'lost', partnerId: 'x' },
    fields: ['status', 'partnerId'],
  },
  'referral.get': { as: 'admin', input: { organisationId: org }, fields: ['referralId'] },
  'referral.setStatus': {
    as: 'admin',
    input: { organisationId: org, referralId: someId, status: 'done', note: 'x'.repeat(2001) },
    fields: ['status', 'note'],
  },
  'partnerLink.list': { as: 'admin', input: { organisationId: 'x' }, fields: ['organisationId'] },
  'partnerLink.add': {
    as: 'admin',
    input: { organisationId: org, partnerId: 'x' },
    fields: ['partnerId'],
  },
  'partnerLink.remove': { as: 'admin', input: { organisationId: org }, fields: ['partnerId'] },
  'partner.organisations': { as: 'partner', input: { partnerId: 'x' }, fields: ['partnerId'] },
  'partner.referrals.submit': {
    as: 'partner',
    input: {
      partnerId,
      referral: {
        organisationSlug: '',
        programmeId,
        person: { name: 'A', email: 'no', preferredLanguage: 'nl' },
        needs: '',
        consent: { givenAt: 'yesterday', textVersion: 'v1' },
      },
    },
    fields: [
      'referral.organisationSlug',
      'referral.person.email',
      'referral.needs',
      'referral.consent.givenAt',
    ],
  },
  'partner.referrals.list': { as: 'partner', input: {}, fields: ['partnerId'] },
  'partner.referrals.get': {
    as: 'partner',
    input: { partnerId, referralId: 'x' },
    fields: ['referralId'],
  },
  'partner.onwardReferrals': { as: 'partner', input: { partnerId: 7 }, fields: ['partnerId'] },
  'partner.apiKeys.list': { as: 'partner', input: { partnerId: '' }, fields: ['partnerId'] },
  'partner.apiKeys.create': {
    as: 'partner',
    input: { partnerId, name: ' ', expiresInDays: 0 },
    fields: ['name', 'expiresInDays'],
  },
  'partner.apiKeys.revoke': {
    as: 'partner',
    input: { partnerId, apiKeyId: 'x' },
    fields: ['apiKeyId'],
  },
};

/** tRPC keeps the flattened procedure map untyped for this use; its shape is stable in v11. */
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { inputs: unknown[]; type: 'query' | 'mutation' | 'subscription' } }
>;

function proceduresWithInput(): string[] {
  return Object.entries(procedures)
    .filter(([, procedure]) => procedure._def.inputs.length > 0)
    .map(([path]) => path)
    .sort();
}

async function fingerprint() {
  const tables = await queryRows<{ table_name: string }>(
    h.database.ownerHandle.db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
        and table_name <> 'sign_in_attempts'`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await queryRows<{ n: number }>(
      h.database.ownerHandle.db,
      sql`select count(*)::int as n from ${sql.identifier(table_name)}`,
    );
    counts[table_name] = row?.n ?? -1;
  }
  return counts;
}

async function call(path: string, token: string | null, input: unknown) {
  const headers = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const url = `${h.baseUrl}/trpc/${path}`;
  const response =
    procedures[path]?._def.type === 'query'
      ? await fetch(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
      : await fetch(url, { method: 'POST', headers, body: JSON.stringify(input) });
  return {
    status: response.status,
    body: (await response.json()) as { error?: { data?: Record<string, unknown> } },
  };
}

describe('bad input', () => {
  it('has a case for every procedure that takes input', () => {
    expect(Object.keys(BAD_INPUT).sort()).toEqual(proceduresWithInput());
  });

  it.each(Object.entries(BAD_INPUT))(
    '%s: 400 with translated field errors, nothing written',
    async (path, spec) => {
      const token =
        spec.as === 'anon'
          ? null
          : spec.as === 'admin'
            ? adminToken
            : spec.as === 'partner'
              ? partnerToken
              : spec.as === 'participant'
                ? participantToken
                : operatorToken;
      const before = await fingerprint();
      const { status, body } = await call(path, token, spec.input);
      expect(status).toBe(400);
      expect(body.error?.data?.appError).toEqual({ key: 'validation.invalid_input' });
      const fieldErrors = body.error?.data?.fieldErrors as Record<string, { key: string }>;
      expect(Object.keys(fieldErrors).sort()).toEqual([...spec.fields].sort());
      for (const error of Object.values(fieldErrors))
        expect(error.key).toMatch(/^[a-z_]+(\.[a-z0-9_]+)+$/);
      expect(JSON.stringify(body)).not.toMatch(/stack|at \w+ \(|node_modules/);
      expect(await fingerprint()).toEqual(before);
    },
  );

  it('answers a body that is not JSON with a 400, not a 500', async () => {
    const response = await fetch(`${h.baseUrl}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/stack|node_modules/);
  });
});
