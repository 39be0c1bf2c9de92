/** The CSV columns of the social map import, in the order of the template's header row. */
export const SOCIAL_MAP_CSV_COLUMNS = [
  'name',
  'kind',
  'languages',
  'address',
  'email',
  'phone',
  'website',
] as const;
