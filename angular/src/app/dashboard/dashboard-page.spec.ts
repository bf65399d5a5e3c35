import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { DashboardDto } from '../api/models';
import { provideApiHttp } from '../core/http/http.providers';
import { Chart } from '../shared/chart/chart';
import { OFFICER, byTestId, flushReferenceLists, permissionsOf, settle, signInAs, translocoForTests, verifyHttpAndReset } from '../../testing/test-helpers';
import { DashboardPage } from './dashboard-page';

@Component({ selector: 'app-chart', template: '<div data-testid="chart-stub"></div>' })
class ChartStub {
  readonly options = input<unknown>();
  readonly height = input(0);
  readonly label = input('');
}

const DASHBOARD: DashboardDto = {
  year: 2026,
  asOf: '2026-11-25',
  kpis: { newFdiProjects: 4, newFdiCapitalUsd: 52e6, validFdiProjects: 61, validFdiCapitalUsd: 2.1e9, ngoCommitments: 9, ngoCommittedUsd: 3.4e6, odaAgreements: 12, odaCommittedUsd: 410e6, odaDisbursementRate: 0.423,
    ngoApproved: 0, ngoApprovedUsd: 0, ngoCommitmentInPeriodUsd: 0, ngoInImplementation: 0, odaCompleted: 0, odaInImplementation: 0, odaNewlyStarted: 0,
    odaPlanCounterpartVnd: 0, odaPlanForeignVnd: 0 },
  newAndAddedByMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, thisYearUsd: 1e6 * i, lastYearUsd: 5e5 * i, filter: { kind: 'Fdi' }, link: '/projects?kind=Fdi' })),
  byCountry: [{ code: 'KR', nameVi: 'Hàn Quốc', nameEn: 'Korea', valueUsd: 30e6, newProjects: 2, filter: { kind: 'Fdi', country: 'KR' }, link: '' }],
  bySection: [],
  odaByDonor: [],
};

describe('DashboardPage', () => {
  afterEach(verifyHttpAndReset);

  it('links each KPI tile to the matching filtered project list', async () => {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [provideRouter([]), provideApiHttp(), provideHttpClientTesting()],
    });
    TestBed.overrideComponent(DashboardPage, { remove: { imports: [Chart] }, add: { imports: [ChartStub] } });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(OFFICER);
    const fixture = TestBed.createComponent(DashboardPage);
    fixture.detectChanges();
    const year = DASHBOARD.year;
    http.expectOne((r) => r.url === '/api/v1/dashboard').flush({ ...DASHBOARD, year: fixture.componentInstance['year']() ?? year });
    http.expectOne((r) => r.url === '/api/v1/finance/disbursement-rates').flush([{ donorCode: 'WB', year, projects: 3, planVnd: 100e9, disbursedVnd: 40e9, disbursementRate: 0.4 }]);
    await settle(fixture);
    flushReferenceLists();
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const y = fixture.componentInstance['year']();
    expect(byTestId(el, 'kpi-newFdi')?.getAttribute('href')).toBe(`/projects?kind=Fdi&from=${y}-01-01&to=2026-11-25`);
    expect(byTestId(el, 'kpi-validFdi')?.getAttribute('href')).toBe('/projects?kind=Fdi&to=2026-11-25');
    expect(byTestId(el, 'kpi-oda')?.getAttribute('href')).toBe('/projects?kind=Oda');
    expect(byTestId(el, 'kpi-ngo')?.getAttribute('href')).toBe(`/projects?kind=NgoAid&from=${y}-01-01&to=2026-11-25`);
    expect(byTestId(el, 'kpi-oda')?.textContent).toContain('42,3');
    expect(el.querySelectorAll('[data-testid="chart-stub"]').length).toBe(3);
  });

  it("shows an owner the figures of its own projects, its donors from the dashboard's bars, without asking for the province's rates", async () => {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [provideRouter([]), provideApiHttp(), provideHttpClientTesting()],
    });
    TestBed.overrideComponent(DashboardPage, { remove: { imports: [Chart] }, add: { imports: [ChartStub] } });
    const http = TestBed.inject(HttpTestingController);
    await signInAs({ id: 'u-owner', email: 'owner@investaid.local', displayName: 'Phạm Văn Chủ', roles: ['owner'], permissions: permissionsOf('owner'), language: 'vi' });
    const fixture = TestBed.createComponent(DashboardPage);
    fixture.detectChanges();
    const bar = { code: 'WB', nameVi: 'Ngân hàng Thế giới', nameEn: 'World Bank', projects: 1, planVnd: 10e9, disbursedVnd: 4e9, planUsd: null, disbursedUsd: 0, disbursementRate: 0.4, filter: {}, link: '' };
    http.expectOne((r) => r.url === '/api/v1/dashboard').flush({ ...DASHBOARD, year: fixture.componentInstance['year'](), odaByDonor: [bar] });
    await settle(fixture);
    flushReferenceLists();
    await settle(fixture);

    http.expectNone((r) => r.url === '/api/v1/finance/disbursement-rates');
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(byTestId(el, 'kpi-newFdi')?.textContent).toContain('4');
    expect(el.querySelectorAll('[data-testid="chart-stub"]').length).toBe(3);
  });
});
