import type { RecordLister, RecordUnit } from './record-lister.ts';

/**
 * Units the drill-down counts but has no record page for yet (partner organisations): the
 * count is shown, the list is empty.
 */
export const unlistedRecords = (unit: RecordUnit): RecordLister<{ records: never[] }> => ({
  unit,
  list: async () => ({ records: [] }),
});

/** A5's curriculum coverage counts topics, not records: the topic IDs themselves. */
export const topicLister: RecordLister<{ records: never[]; topics: readonly string[] }> = {
  unit: 'training_topic',
  list: async (_, { ids }) => ({ records: [], topics: ids }),
};
