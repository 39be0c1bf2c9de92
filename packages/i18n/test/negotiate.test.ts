import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../src/index.ts';

describe('negotiateLocale', () => {
  it('falls back to Dutch without a header', () => {
    expect(negotiateLocale(null)).toBe('nl');
    expect(negotiateLocale('')).toBe('nl');
  });

  it('maps regional variants to their language', () => {
    expect(negotiateLocale('fr-BE,fr;q=0.9')).toBe('fr');
  });

  it('follows the quality weights', () => {
    expect(negotiateLocale('de-DE,de;q=0.9,en;q=0.5,fr;q=0.7')).toBe('fr');
  });

  it('skips languages Tandem does not speak and refused ones', () => {
    expect(negotiateLocale('ar,tr;q=0.8')).toBe('nl');
    expect(negotiateLocale('en;q=0,fr;q=0.1')).toBe('fr');
  });
});
