/**
 * The province of a Belgian postcode, for matching by region when no coordinates are known.
 * bpost gives out postcodes by province in blocks of hundreds, so the first digits decide:
 *
 * | postcodes | province (ISO 3166-2:BE) |
 * | --- | --- |
 * | 1000–1299 | Brussels-Capital Region (BRU) |
 * | 1300–1499 | Walloon Brabant (WBR) |
 * | 1500–1999, 3000–3499 | Flemish Brabant (VBR) |
 * | 2000–2999 | Antwerp (VAN) |
 * | 3500–3999 | Limburg (VLI) |
 * | 4000–4999 | Liège (WLG) |
 * | 5000–5999 | Namur (WNA) |
 * | 6000–6599, 7000–7999 | Hainaut (WHT) |
 * | 6600–6999 | Luxembourg (WLX) |
 * | 8000–8999 | West Flanders (VWV) |
 * | 9000–9999 | East Flanders (VOV) |
 *
 * Anything else (a foreign or mistyped postcode) has no province: location does not apply.
 */
export const BELGIAN_PROVINCES = [
  'BRU',
  'VAN',
  'VBR',
  'VLI',
  'VOV',
  'VWV',
  'WBR',
  'WHT',
  'WLG',
  'WLX',
  'WNA',
] as const;
export type BelgianProvince = (typeof BELGIAN_PROVINCES)[number];

const RANGES: readonly (readonly [number, number, BelgianProvince])[] = [
  [1000, 1299, 'BRU'],
  [1300, 1499, 'WBR'],
  [1500, 1999, 'VBR'],
  [2000, 2999, 'VAN'],
  [3000, 3499, 'VBR'],
  [3500, 3999, 'VLI'],
  [4000, 4999, 'WLG'],
  [5000, 5999, 'WNA'],
  [6000, 6599, 'WHT'],
  [6600, 6999, 'WLX'],
  [7000, 7999, 'WHT'],
  [8000, 8999, 'VWV'],
  [9000, 9999, 'VOV'],
];

export function provinceOfPostcode(postcode: string): BelgianProvince | null {
  const trimmed = postcode.trim().replace(/^B-?/i, '');
  if (!/^[0-9]{4}$/.test(trimmed)) return null;
  const code = Number(trimmed);
  return RANGES.find(([from, to]) => code >= from && code <= to)?.[2] ?? null;
}
