import { matchingPath, programmePath } from './paths.ts';

/** A programme's agreement templates (C5), in every language with their preview. */
export const agreementTemplatePath = (organisationId: string, programmeId: string) =>
  `${programmePath(organisationId, programmeId)}/agreement`;

/** One match's agreement for staff: its versions, acceptances, PDFs and the re-issue. */
export const duoAgreementPath = (organisationId: string, programmeId: string, matchId: string) =>
  `${matchingPath(organisationId, programmeId, 'duos')}/${matchId}/agreement`;

/** One version of a match's agreement as a PDF in one language. */
export const duoAgreementPdfPath = (
  organisationId: string,
  programmeId: string,
  matchId: string,
  version: number,
  locale: string,
) =>
  `${duoAgreementPath(organisationId, programmeId, matchId)}.pdf?version=${version}&locale=${locale}`;
