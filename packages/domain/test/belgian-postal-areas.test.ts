import { describe, expect, it } from 'vitest';
import {
  locationOfPostcode,
  type MatchingLocation,
  POSTAL_AREA_PRECISION_KM,
  provinceOfPostcode,
} from '../src/index.ts';

const km = (a: MatchingLocation, b: MatchingLocation) => {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};
const at = (postcode: string) => {
  const location = locationOfPostcode(postcode);
  if (!location) throw new Error(`no location for ${postcode}`);
  return location;
};

describe('the place of a Belgian postcode', () => {
  it('gives road-atlas distances between towns, within the stated precision', () => {
    // Straight-line distances between the town centres, as any map gives them.
    const known: [string, string, number][] = [
      ['2000', '9000', 51], // Antwerpen – Gent
      ['1000', '4000', 89], // Brussel – Liège
      ['1000', '2000', 41], // Brussel – Antwerpen
      ['8000', '9000', 40], // Brugge – Gent
      ['3000', '3500', 45], // Leuven – Hasselt
      ['5000', '6000', 31], // Namur – Charleroi
      ['7000', '7500', 41], // Mons – Tournai
      ['6700', '4000', 108], // Arlon – Liège
    ];
    for (const [a, b, distance] of known)
      expect(Math.abs(km(at(a), at(b)) - distance), `${a}–${b}`).toBeLessThan(
        POSTAL_AREA_PRECISION_KM,
      );
  });

  it('places each Brussels commune on its own, a few kilometres apart', () => {
    const ixellesUccle = km(at('1050'), at('1180'));
    expect(ixellesUccle).toBeGreaterThan(1);
    expect(ixellesUccle).toBeLessThan(6);
    expect(km(at('1000'), at('1000'))).toBe(0);
  });

  it('reads a postcode as people type it, and places nothing it does not know', () => {
    expect(locationOfPostcode(' B-9000 ')).toEqual(locationOfPostcode('9000'));
    expect(locationOfPostcode('b9000')).toEqual(locationOfPostcode('9000'));
    for (const unknown of ['', '900', '90000', 'abcd', '0999', '1005', '5700'])
      expect(locationOfPostcode(unknown), unknown).toBeNull();
  });

  it('places every area inside the province its postcode belongs to', () => {
    // A coarse box per province is enough to catch a centre typed into the wrong place.
    const box: Record<string, [number, number, number, number]> = {
      BRU: [50.76, 50.92, 4.24, 4.49],
      WBR: [50.55, 50.82, 4.05, 5.05],
      VBR: [50.7, 51.05, 3.95, 5.17],
      VAN: [51.0, 51.5, 4.1, 5.3],
      VLI: [50.68, 51.3, 5.0, 5.95],
      WLG: [50.3, 50.85, 4.95, 6.45],
      WNA: [49.95, 50.65, 4.3, 5.45],
      WHT: [49.95, 50.85, 3.0, 4.6],
      WLX: [49.45, 50.45, 4.95, 6.05],
      VWV: [50.68, 51.4, 2.5, 3.55],
      VOV: [50.68, 51.35, 3.3, 4.35],
    };
    for (let code = 1000; code <= 9999; code++) {
      const postcode = String(code);
      const location = locationOfPostcode(postcode);
      if (location === null) continue;
      const province = provinceOfPostcode(postcode);
      const [south, north, west, east] = box[province ?? ''] ?? [0, 0, 0, 0];
      expect(
        location.lat >= south &&
          location.lat <= north &&
          location.lon >= west &&
          location.lon <= east,
        `${postcode} in ${province}`,
      ).toBe(true);
    }
  });
});
