import { Params } from '@angular/router';

import { DashboardDto, DonorDisbursementRateDto } from '../api/models';

/** A project-list link: the list reads its filters from these query parameters. */
export interface ListLink {
  path: '/projects';
  query: Params;
}

/** The API's filter names → the list's ("section" of the dashboard is the list's "sector" filter). */
export function listLink(filter: Record<string, string>): ListLink {
  const query: Params = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value) query[key === 'section' ? 'sector' : key] = value;
  }
  return { path: '/projects', query };
}

export function linkUrl(link: ListLink): string {
  const qs = new URLSearchParams(link.query as Record<string, string>).toString();
  return qs ? `${link.path}?${qs}` : link.path;
}

export type TileId = 'newFdi' | 'validFdi' | 'oda' | 'ngo';

/** Where each KPI tile leads: the projects it counts. */
export function tileLinks(d: Pick<DashboardDto, 'year' | 'asOf'>): Record<TileId, ListLink> {
  const from = `${d.year}-01-01`;
  return {
    newFdi: listLink({ kind: 'Fdi', from, to: d.asOf }),
    validFdi: listLink({ kind: 'Fdi', to: d.asOf }),
    oda: listLink({ kind: 'Oda' }),
    ngo: listLink({ kind: 'NgoAid', from, to: d.asOf }),
  };
}

/** A donor's bar on the ODA chart leads to that donor's ODA projects. */
export function donorLink(r: Pick<DonorDisbursementRateDto, 'donorCode'>): ListLink {
  return listLink(r.donorCode ? { kind: 'Oda', donor: r.donorCode } : { kind: 'Oda' });
}
