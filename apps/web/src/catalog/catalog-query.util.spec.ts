import { describe, expect, it } from 'vitest';
import { filtersFromSearchParams, filtersToQuery, filtersToSearchParams } from './catalog-query.util';

describe('catalog query', () => {
  it('round-trips filters through the URL', () => {
    const filters = {
      q: 'two sum',
      difficulty: 'easy' as const,
      tags: ['arrays', 'hashing'],
      status: 'solved' as const,
      page: 3,
    };
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe('q=two+sum&difficulty=easy&tags=arrays%2Chashing&status=solved&page=3');
    expect(filtersFromSearchParams(params)).toEqual(filters);
  });

  it('drops invalid values', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('difficulty=insane&status=x&page=-2&tags=,a,,'));
    expect(filters).toEqual({ q: '', difficulty: null, tags: ['a'], status: null, page: 1 });
  });

  it('omits defaults from the URL', () => {
    expect(filtersToSearchParams({ q: ' ', difficulty: null, tags: [], status: null, page: 1 }).toString()).toBe('');
  });

  it('builds the API query and hides the status filter from anonymous visitors', () => {
    const filters = { q: 'x', difficulty: null, tags: ['dp'], status: 'unsolved' as const, page: 2 };
    expect(filtersToQuery(filters, false)).toEqual({
      q: 'x',
      difficulty: undefined,
      tags: 'dp',
      status: undefined,
      page: 2,
      pageSize: 20,
    });
    expect(filtersToQuery(filters, true).status).toBe('unsolved');
  });
});
