import { convertToParamMap } from '@angular/router';

import { nextSort, paramsFromQuery, queryFromParams } from './project-query';

describe('project list query', () => {
  it('reads filters, page, size and sort from the URL', () => {
    const query = queryFromParams(
      convertToParamMap({
        kind: 'Fdi',
        status: 'Active',
        country: 'KR',
        from: '2024-01-01',
        q: ' thai binh ',
        page: '3',
        pageSize: '50',
        sort: '-registeredCapitalUsd',
      }),
    );
    expect(query).toEqual({
      kind: 'Fdi',
      status: 'Active',
      country: 'KR',
      from: '2024-01-01',
      q: 'thai binh',
      page: 3,
      pageSize: 50,
      sort: '-registeredCapitalUsd',
    });
  });

  it('ignores values the API would reject and falls back to the defaults', () => {
    const query = queryFromParams(
      convertToParamMap({ kind: 'Bogus', from: '01/02/2024', page: '-1', pageSize: '7', sort: 'password' }),
    );
    expect(query).toEqual({ page: 1, pageSize: 20, sort: '-updatedAt' });
  });

  it('leaves defaults out of the URL so links stay short', () => {
    expect(paramsFromQuery({ kind: 'Oda', q: 'adb', page: 1, pageSize: 20, sort: '-updatedAt' })).toEqual({
      kind: 'Oda',
      q: 'adb',
    });
    expect(paramsFromQuery({ page: 2, pageSize: 100, sort: 'code' })).toEqual({
      page: 2,
      pageSize: 100,
      sort: 'code',
    });
  });

  it('sorts ascending first, then descending on the same column', () => {
    expect(nextSort('-updatedAt', 'code')).toBe('code');
    expect(nextSort('code', 'code')).toBe('-code');
    expect(nextSort('-code', 'code')).toBe('code');
  });
});
