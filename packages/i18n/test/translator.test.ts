import { describe, expect, it } from 'vitest';
import { createTranslator } from '../src/index.ts';

describe('createTranslator', () => {
  it('puts parameters into the message', () => {
    expect(createTranslator('en').t('layout.signedInAs', { name: 'Amina' })).toBe(
      'Signed in as Amina',
    );
  });

  it('formats number parameters for the locale', () => {
    expect(createTranslator('nl').t('validation.too_big', { maximum: 12500 })).toBe(
      'Vul 12.500 of minder in.',
    );
  });

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(createTranslator('en').t('layout.signedInAs')).toBe('Signed in as {name}');
  });

  it('chooses the plural form by the locale rules', () => {
    const en = createTranslator('en');
    expect(en.t('programme.detail.duration', { count: 1 })).toBe('1 month');
    expect(en.t('programme.detail.duration', { count: 6 })).toBe('6 months');
    const nl = createTranslator('nl');
    expect(nl.t('admin.networks.memberCount', { count: 0 })).toBe('geen aangesloten organisaties');
    expect(nl.t('admin.networks.memberCount', { count: 1 })).toBe('1 aangesloten organisatie');
    expect(nl.t('admin.networks.memberCount', { count: 3 })).toBe('3 aangesloten organisaties');
  });

  it('treats 0 and 1 as singular in French when no exact zero form exists', () => {
    const fr = createTranslator('fr');
    expect(fr.t('validation.too_short', { minimum: 0 })).toBe('Utilisez au moins 0 caractère.');
    expect(fr.t('validation.too_short', { minimum: 2 })).toBe('Utilisez au moins 2 caractères.');
  });

  it('selects the plural by the parameter the message names', () => {
    expect(createTranslator('fr').t('auth.rate_limited', { retryAfterMinutes: 15 })).toBe(
      'Trop de tentatives. Réessayez dans 15 minutes.',
    );
  });

  it('recognises keys that exist only in the catalogue', () => {
    const en = createTranslator('en');
    expect(en.isMessageKey('auth.invalid_credentials')).toBe(true);
    expect(en.isMessageKey('auth.something_new')).toBe(false);
    expect(en.isMessageKey('toString')).toBe(false);
  });

  it('formats dates in Belgian time', () => {
    const nl = createTranslator('nl');
    expect(nl.formatDate('2026-03-01T23:30:00.000Z')).toBe('2 maart 2026');
    expect(createTranslator('fr').formatDate('2026-03-01T10:00:00.000Z')).toBe('1 mars 2026');
  });

  it('joins lists with the word for "and" of the locale', () => {
    expect(createTranslator('nl').formatList(['Nederlands', 'Arabisch', 'Frans'])).toBe(
      'Nederlands, Arabisch en Frans',
    );
  });

  it('translates the domain’s indicator and matching keys with the same t()', () => {
    expect(createTranslator('nl').t('indicator.status.partly')).toBe('Deels behaald');
    expect(createTranslator('fr').t('indicator.measure.share')).toBe('Part');
    expect(createTranslator('en').t('match.explain.distance', { km: 12 })).toBe(
      'About 12 km apart',
    );
    expect(createTranslator('en').isMessageKey('targets.unknown_criterion')).toBe(true);
  });

  it('formats shares as percentages for the locale', () => {
    expect(createTranslator('en').formatPercent(0.9)).toBe('90%');
    expect(createTranslator('nl').formatPercent(1)).toBe('100%');
    expect(createTranslator('fr').formatPercent(0.5)).toMatch(/^50\s%$/);
  });
});
