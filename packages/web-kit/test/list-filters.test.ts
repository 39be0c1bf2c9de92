import { describe, expect, it } from 'vitest';
import { queryChoice, querySearch } from '../src/list-filters.server.ts';

const params = (query: string) => new URLSearchParams(query);

describe('queryChoice', () => {
  it('takes an allowed value from the address', () => {
    expect(queryChoice(params('stage=screening'), 'stage', ['new', 'screening'])).toBe('screening');
  });

  it('ignores a value that is not allowed, an empty one and a missing one', () => {
    expect(queryChoice(params('stage=gone'), 'stage', ['new'])).toBeUndefined();
    expect(queryChoice(params('stage='), 'stage', ['new'])).toBeUndefined();
    expect(queryChoice(params(''), 'stage', ['new'])).toBeUndefined();
  });
});

describe('querySearch', () => {
  it('trims the search text and leaves out an empty one', () => {
    expect(querySearch(params('q=%20Yasmina%20'))).toBe('Yasmina');
    expect(querySearch(params('q=%20%20'))).toBeUndefined();
    expect(querySearch(params(''))).toBeUndefined();
  });

  it('keeps at most 200 characters, as the list procedures accept', () => {
    expect(querySearch(params(`q=${'a'.repeat(250)}`))).toHaveLength(200);
  });
});
