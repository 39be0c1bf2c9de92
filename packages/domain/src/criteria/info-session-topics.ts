/**
 * The three things an info session must make clear (A1 for mentors, B2 for mentees). The
 * IDs are shared by both audiences because the paper lists the same three slots for each;
 * only the wording differs (a mentor hears about the role and its expectations, a mentee
 * about who can take part): `infoSessionTopic.<audience>.<id>` in the catalogues.
 */
export const INFO_SESSION_TOPIC_IDS = [
  'eligibility_and_role',
  'content_benefits_challenges',
  'voluntary_nature',
] as const;
export type InfoSessionTopicId = (typeof INFO_SESSION_TOPIC_IDS)[number];

export type InfoSessionAudience = 'mentor' | 'mentee';
