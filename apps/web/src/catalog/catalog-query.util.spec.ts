import { describe, expect, it } from 'vitest';
import {
  clampedPage,
  effectiveSort,
  lastPage,
  filtersFromSearchParams,
  filtersToQuery,
  filtersToSearchParams,
  nextSort,
  type CatalogFilters,
} from './catalog-query.util';

const none: CatalogFilters = {
  q: '',
  difficulty: null,
  type: null,
  tags: [],
  status: null,
  list: null,
  favourites: false,
  sort: null,
  order: null,
  page: 1,
};

describe('catalog paging', () => {
  it('has a last page, page 1 even when nothing matches', () => {
    expect(lastPage(151)).toBe(8);
    expect(lastPage(160)).toBe(8);
    expect(lastPage(0)).toBe(1);
  });

  it('clamps a page past the last one to the last, and leaves pages in range alone', () => {
    expect(clampedPage(999, 151)).toBe(8);
    expect(clampedPage(9, 151)).toBe(8);
    expect(clampedPage(8, 151)).toBeNull();
    expect(clampedPage(1, 151)).toBeNull();
    expect(clampedPage(3, 0)).toBe(1);
    expect(clampedPage(1, 0)).toBeNull();
  });
});

describe('catalog query', () => {
  it('round-trips filters through the URL', () => {
    const filters: CatalogFilters = {
      q: 'two sum',
      difficulty: 'easy',
      type: 'sql',
      tags: ['arrays', 'hashing'],
      status: 'solved',
      list: 'backend-track',
      favourites: true,
      sort: 'number',
      order: 'desc',
      page: 3,
    };
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe(
      'q=two+sum&difficulty=easy&type=sql&tags=arrays%2Chashing&status=solved&list=backend-track&favourites=true&sort=number&order=desc&page=3',
    );
    expect(filtersFromSearchParams(params)).toEqual(filters);
  });

  it('drops invalid values', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams(
        'difficulty=insane&type=stdio&status=x&page=-2&tags=,a,,&sort=random&order=up&list=../x&favourites=1',
      ),
    );
    expect(filters).toEqual({ ...none, tags: ['a'] });
  });

  it('omits defaults from the URL', () => {
    expect(filtersToSearchParams({ ...none, q: ' ', order: 'desc' }).toString()).toBe('');
  });

  it('builds the API query and hides the personal filters from anonymous visitors', () => {
    const filters: CatalogFilters = {
      ...none,
      q: 'x',
      type: 'coding',
      tags: ['dp'],
      status: 'unsolved',
      favourites: true,
      page: 2,
    };
    expect(filtersToQuery(filters, false)).toEqual({
      q: 'x',
      difficulty: undefined,
      type: 'coding',
      tags: 'dp',
      status: undefined,
      list: undefined,
      favourites: undefined,
      sort: undefined,
      order: undefined,
      page: 2,
      pageSize: 20,
    });
    expect(filtersToQuery(filters, true)).toMatchObject({ status: 'unsolved', favourites: true });
  });

  it('toggles a header: a new column in its default order, the same column flipped', () => {
    expect(effectiveSort(none)).toEqual({ sort: 'title', order: 'asc' });
    expect(nextSort(none, 'title')).toEqual({ sort: 'title', order: 'desc' });
    expect(nextSort(none, 'number')).toEqual({ sort: 'number', order: 'asc' });
    expect(nextSort({ sort: 'number', order: 'asc' }, 'number')).toEqual({ sort: 'number', order: 'desc' });
    expect(nextSort({ sort: 'number', order: 'desc' }, 'number')).toEqual({ sort: 'number', order: 'asc' });
    expect(nextSort(none, 'acceptance')).toEqual({ sort: 'acceptance', order: 'desc' });
    expect(effectiveSort({ ...none, q: 'x' })).toBeNull();
    expect(effectiveSort({ ...none, list: 'l' })).toBeNull();
  });
});
