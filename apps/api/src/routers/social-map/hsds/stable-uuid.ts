import { createHash } from 'node:crypto';

/**
 * A UUID that is the same every time for the same parts (HSDS wants a UUID for every object,
 * also for those Tandem does not store as rows: an organisation, a phone, a schedule), so
 * exporting twice gives the same directory and a re-import finds the same records.
 */
export function stableUuid(...parts: readonly string[]): string {
  const hex = createHash('sha256').update(parts.join('\u001f')).digest('hex');
  // Version 8 (custom) and the RFC 9562 variant, as a name-based UUID of our own.
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
