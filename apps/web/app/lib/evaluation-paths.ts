/** A participant's evaluation in the portal (E3); the evaluation e-mails link here. */
export const portalEvaluationPath = (organisationSlug: string, evaluationId: string) =>
  `/portal/${organisationSlug}/evaluations/${evaluationId}`;
