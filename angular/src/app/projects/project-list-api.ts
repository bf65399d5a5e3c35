import { HttpClient, HttpContext, HttpResponse } from '@angular/common/http';
import { Observable, filter, map } from 'rxjs';

import { listProjects } from '../api/fn/projects/list-projects';
import { ProjectKind, ProjectStatus } from '../api/models';
import { RequestBuilder } from '../api/request-builder';
import { StrictHttpResponse } from '../api/strict-http-response';
import { ProjectQuery } from './project-query';

/**
 * GET /projects answers JSON or an .xlsx file, so the OpenAPI document gives its 200 no schema
 * and the generated `listProjects` drops the body. These two use the same generated path and
 * request builder and keep the body: the JSON page, or the Excel file as a Blob.
 */
export interface ProjectListItem {
  id: string;
  code: string;
  kind: Exclude<ProjectKind, null>;
  status: Exclude<ProjectStatus, null>;
  nameVi: string;
  nameEn: string | null;
  ownerName: string | null;
  donorCode: string | null;
  communeCode: string | null;
  industrialZoneCode: string | null;
  sectorCode: string | null;
  investorCountries: string | null;
  registeredOn: string | null;
  registeredCapitalUsd: number;
  updatedAt: string;
}

export interface ProjectPage {
  items: ProjectListItem[];
  totalCount: number;
  page: number;
  pageSize: number;
}

function request(rootUrl: string, query: ProjectQuery, format?: 'xlsx'): RequestBuilder {
  const rb = new RequestBuilder(rootUrl, listProjects.PATH, 'get');
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') {
      rb.query(name, value, {});
    }
  }
  if (format) {
    rb.query('format', format, {});
  }
  return rb;
}

export function listProjectPage(
  http: HttpClient,
  rootUrl: string,
  params: ProjectQuery,
  context?: HttpContext,
): Observable<StrictHttpResponse<ProjectPage>> {
  return http
    .request(request(rootUrl, params).build({ responseType: 'json', accept: 'application/json', context }))
    .pipe(
      filter((r: unknown): r is HttpResponse<ProjectPage> => r instanceof HttpResponse),
      map((r) => r as StrictHttpResponse<ProjectPage>),
    );
}
listProjectPage.PATH = listProjects.PATH;

export function exportProjectList(
  http: HttpClient,
  rootUrl: string,
  params: ProjectQuery,
  context?: HttpContext,
): Observable<StrictHttpResponse<Blob>> {
  const { page: _page, pageSize: _size, ...filters } = params;
  return http
    .request(
      request(rootUrl, filters, 'xlsx').build({
        responseType: 'blob',
        accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        context,
      }),
    )
    .pipe(
      filter((r: unknown): r is HttpResponse<Blob> => r instanceof HttpResponse),
      map((r) => r as StrictHttpResponse<Blob>),
    );
}
exportProjectList.PATH = listProjects.PATH;

/** Offers a downloaded file to the user under `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
