import { registerLocaleData } from '@angular/common';
import { HttpTestingController } from '@angular/common/http/testing';
import localeVi from '@angular/common/locales/vi';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import en from '../assets/i18n/en.json';
import vi from '../assets/i18n/vi.json';
import proceduresEn from '../assets/i18n/procedures/en.json';
import proceduresVi from '../assets/i18n/procedures/vi.json';
import { CurrentUserDto, ProjectDto } from '../app/api/models';
import { AuthService } from '../app/core/auth/auth.service';
import { Permissions as P } from '../app/core/auth/permission-names';

// As app.config does: money and numbers format for vi-VN.
registerLocaleData(localeVi, 'vi-VN');

/** The real translation files, loaded synchronously, Vietnamese active as in the app. */
export function translocoForTests() {
  return TranslocoTestingModule.forRoot({
    langs: { vi, en },
    translocoConfig: {
      availableLangs: ['vi', 'en'],
      defaultLang: 'vi',
      reRenderOnLangChange: true,
    },
    preloadLangs: true,
  });
}

/**
 * The permissions GET /api/account/me names for users of these roles, as the server's policies grant them
 * (AuthorizationPolicies; GrantedPermissionsTests holds the server to it). Only the names the web app asks about.
 */
const GRANTED_TO: Record<string, readonly string[]> = {
  admin: [P.ProjectsCreate, P.ProjectsEdit, P.WorkflowsManageDefinitions, P.WorkflowsStartInstances, P.FinanceEdit, P.FinanceExchangeRates,
    P.DossiersCreate, P.ReportsPublish, P.ReportsProvince, P.Administration, P.ProposalsPropose, P.ProposalsDecide, P.EnterpriseReportsFile,
    P.EnterpriseReportsDecide],
  officer: [P.ProjectsCreate, P.ProjectsEdit, P.WorkflowsManageDefinitions, P.WorkflowsStartInstances, P.FinanceEdit, P.FinanceExchangeRates,
    P.DossiersCreate, P.ReportsPublish, P.ReportsProvince, P.ProposalsPropose, P.ProposalsDecide, P.EnterpriseReportsFile, P.EnterpriseReportsDecide],
  approver: [P.ReportsProvince],
  leader: [P.ReportsProvince, P.FreezesGrantException],
  viewer: [P.ReportsProvince],
  owner: [P.ProjectsEdit, P.FinanceEdit, P.ProposalsPropose, P.EnterpriseReportsFile],
  agency: [P.ProposalsPropose],
  worker: [],
};

/** The permissions of a user holding these roles (see GRANTED_TO). */
export function permissionsOf(...roles: string[]): string[] {
  return [...new Set(roles.flatMap((r) => GRANTED_TO[r] ?? []))];
}

export const OFFICER: CurrentUserDto = {
  id: 'u-officer',
  email: 'officer@investaid.local',
  displayName: 'Nguyễn Thị Lan',
  roles: ['officer'],
  permissions: permissionsOf('officer'), language: 'vi',
};

export const ADMIN: CurrentUserDto = {
  id: 'u-admin',
  email: 'admin@investaid.local',
  displayName: 'Trần Văn Đức',
  roles: ['admin', 'officer'],
  permissions: permissionsOf('admin', 'officer'), language: 'vi',
};

/** Makes the AuthService know `user` the way the app does: through GET /api/account/session. */
export async function signInAs(user: CurrentUserDto): Promise<void> {
  const loaded = TestBed.inject(AuthService).loadCurrentUser();
  TestBed.inject(HttpTestingController).expectOne('/api/account/session').flush(user);
  await loaded;
}

export function byTestId<T extends HTMLElement = HTMLElement>(
  root: HTMLElement,
  id: string,
): T | null {
  return root.querySelector<T>(`[data-testid="${id}"]`);
}

export function text(root: HTMLElement, id: string): string {
  return byTestId(root, id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function typeInto(root: HTMLElement, id: string, value: string): void {
  const input = byTestId<HTMLInputElement>(root, id);
  if (!input) throw new Error(`no input ${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

export function click(root: HTMLElement, id: string): void {
  const el = byTestId(root, id);
  if (!el) throw new Error(`no element ${id}`);
  el.click();
}

/**
 * Lets promises settle and the (zoneless) change detection run — twice, so that what the first pass started
 * (a translation becoming available to a pipe, a signal set by a resolved promise) is rendered too, however
 * slow the machine.
 */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await fixture.whenStable();
  }
}

/**
 * afterEach: fails the test on an unexpected or unanswered request, and still resets TestBed so
 * that one failing test does not make every following one fail too.
 */
export function verifyHttpAndReset(): void {
  try {
    const http = TestBed.inject(HttpTestingController);
    // Pages ask for the full names of the people they show (People); no test depends on the answer.
    for (const req of http.match((r) => r.url === '/api/v1/people')) req.flush([]);
    http.verify();
  } finally {
    TestBed.resetTestingModule();
  }
}

export const VIEWER: CurrentUserDto = {
  id: 'u-viewer',
  email: 'viewer@investaid.local',
  displayName: 'Lê Văn Xem',
  roles: ['viewer'],
  permissions: permissionsOf('viewer'), language: 'vi',
};

/** Answers every pending reference-list request with an empty page (selects stay empty). */
export function flushReferenceLists(items: Record<string, unknown[]> = {}): void {
  const http = TestBed.inject(HttpTestingController);
  for (const req of http.match((r) => r.url.startsWith('/api/v1/reference/'))) {
    const kind = req.request.url.split('/').pop()!;
    const list = items[kind] ?? [];
    req.flush({ items: list, totalCount: list.length, page: 1, pageSize: 200 });
  }
}

/** As translocoForTests, plus the scoped files of the procedures feature ('procedures/vi', 'procedures/en'). */
export function translocoWithProceduresForTests() {
  return TranslocoTestingModule.forRoot({
    langs: { vi, en, 'procedures/vi': proceduresVi, 'procedures/en': proceduresEn },
    translocoConfig: {
      availableLangs: ['vi', 'en'],
      defaultLang: 'vi',
      reRenderOnLangChange: true,
    },
    preloadLangs: true,
  });
}

/** A project as the API answers it: every property present, unset ones null; `over` sets what the test is about. */
export function aProject(over: Partial<ProjectDto> & Pick<ProjectDto, 'id' | 'code' | 'kind' | 'nameVi'>): ProjectDto {
  return {
    status: 'Approved', nameEn: null, nationalCode: null, registeredOn: null, registeredCapitalUsd: 0, registeredCapitalVnd: 0,
    ownerName: null, ownerUserId: null, communeCode: null, communeCodes: [], address: null, latitude: null, longitude: null,
    sectorCode: null, industrialZoneCode: null, donorCode: null, dacCode: null, objectives: null, plannedStart: null, plannedEnd: null,
    actualStart: null, actualEnd: null, asOf: null, investors: [], capitalEvents: [], fdi: null, oda: null, ngo: null,
    createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: '1',
    ...over,
  };
}
