import { describe, expect, it } from 'vitest';
import { catalogues, locales, type Message } from '../src/index.ts';

function shape(message: Message): string {
  return typeof message === 'string' ? 'text' : `plural:${message.plural}`;
}

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : [message.other];
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))]
    .filter((name): name is string => name !== undefined)
    .sort();
}

describe('catalogues', () => {
  const english = catalogues.en;
  const keys = Object.keys(english).sort();

  it.each(locales)('%s has exactly the keys of the English catalogue', (locale) => {
    expect(Object.keys(catalogues[locale]).sort()).toEqual(keys);
  });

  it.each(locales)('%s uses the same message shape and placeholders as English', (locale) => {
    const catalogue: Record<string, Message> = catalogues[locale];
    for (const key of keys) {
      const message = catalogue[key];
      const reference = (english as Record<string, Message>)[key];
      if (!message || !reference) throw new Error(`missing ${key}`);
      expect({ key, shape: shape(message) }).toEqual({ key, shape: shape(reference) });
      expect({ key, placeholders: placeholders(message) }).toEqual({
        key,
        placeholders: placeholders(reference),
      });
    }
  });

  it.each(locales)('%s has no empty message', (locale) => {
    const catalogue: Record<string, Message> = catalogues[locale];
    for (const [key, message] of Object.entries(catalogue)) {
      expect({ key, text: typeof message === 'string' ? message : message.other }).not.toEqual({
        key,
        text: '',
      });
    }
  });
});
