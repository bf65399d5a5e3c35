import { ParamMap, Params } from '@angular/router';

import { ProjectKind, ProjectStatus } from '../api/models';

export const PAGE_SIZES = [20, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_SORT = '-updatedAt';
export const SORT_FIELDS = [
  'code',
  'nameVi',
  'registeredOn',
  'registeredCapitalUsd',
  'status',
  'kind',
  'updatedAt',
] as const;

export const PROJECT_KINDS = ['Fdi', 'Oda', 'ConcessionalLoan', 'NgoAid'] as const;
export const PROJECT_STATUSES = [
  'Draft',
  'Submitted',
  'UnderReview',
  'Approved',
  'Rejected',
  'Returned',
  'Active',
  'Completed',
  'Terminated',
] as const;

/** The list's filters, sort and page: what the URL holds and what GET /projects takes. */
export interface ProjectQuery {
  kind?: ProjectKind;
  status?: ProjectStatus;
  donor?: string;
  country?: string;
  sector?: string;
  commune?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
}

export const FILTER_KEYS = [
  'kind',
  'status',
  'donor',
  'country',
  'sector',
  'commune',
  'from',
  'to',
  'q',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the query from the URL, ignoring values the API would reject. */
export function queryFromParams(params: ParamMap): ProjectQuery {
  const query: ProjectQuery = {};
  const kind = params.get('kind');
  if (kind && (PROJECT_KINDS as readonly string[]).includes(kind)) query.kind = kind as ProjectKind;
  const status = params.get('status');
  if (status && (PROJECT_STATUSES as readonly string[]).includes(status)) {
    query.status = status as ProjectStatus;
  }
  for (const key of ['donor', 'country', 'sector', 'commune'] as const) {
    const value = params.get(key)?.trim();
    if (value) query[key] = value;
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value && DATE.test(value)) query[key] = value;
  }
  const q = params.get('q')?.trim();
  if (q) query.q = q;
  const page = Number(params.get('page'));
  query.page = Number.isInteger(page) && page > 0 ? page : 1;
  const size = Number(params.get('pageSize'));
  query.pageSize = (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
  const sort = params.get('sort');
  query.sort = sort && (SORT_FIELDS as readonly string[]).includes(sort.replace(/^-/, '')) ? sort : DEFAULT_SORT;
  return query;
}

/** The URL query string for `query`: defaults are left out so links stay short. */
export function paramsFromQuery(query: ProjectQuery): Params {
  const params: Params = {};
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value) params[key] = value;
  }
  if (query.page && query.page > 1) params['page'] = query.page;
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) params['pageSize'] = query.pageSize;
  if (query.sort && query.sort !== DEFAULT_SORT) params['sort'] = query.sort;
  return params;
}

/** Clicking a column: ascending first, then descending, on the same column. */
export function nextSort(current: string | undefined, field: string): string {
  return current === field ? `-${field}` : field;
}
