/** IDs are opaque strings (UUIDs in the database); indicators return them for drill-down. */
export type RecordId = string;

/** The two sides of a duo; applications, interviews, decisions and evaluations carry one. */
export type DuoRole = 'mentor' | 'mentee';

export type MeetingMode = 'in_person' | 'online';
