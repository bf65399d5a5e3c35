import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { CapitalContributionDto } from '../../api/models';
import { provideApiHttp } from '../../core/http/http.providers';
import { OFFICER, byTestId, click, flushReferenceLists, settle, signInAs, text, translocoForTests, verifyHttpAndReset } from '../../../testing/test-helpers';
import { CapitalContributionsPage } from './capital-contributions-page';

const NOTICE: CapitalContributionDto = {
  id: 'c1',
  investorName: 'Hanwha Invest',
  countryCode: 'KR',
  targetEnterprise: 'Công ty CP Linh kiện Mỹ Hào',
  targetTaxCode: null,
  valueUsd: 1_000_000,
  valueVnd: null,
  date: '2026-04-20',
  sectorCode: null,
  communeCode: null,
  industrialZoneCode: null,
  note: null,
  version: '7',
  projectId: 'p1',
  projectCode: 'FDI-2026-0001',
  projectNameVi: 'Nhà máy linh kiện Mỹ Hào',
  projectNameEn: 'My Hao components plant',
};

const PROJECT = {
  id: 'p2', code: 'FDI-2026-0002', kind: 'Fdi', status: 'Active', nameVi: 'Nhà máy dệt Phố Hiến', nameEn: null, ownerName: null, donorCode: null,
  communeCode: null, industrialZoneCode: null, sectorCode: null, investorCountries: null, registeredOn: null, registeredCapitalUsd: 0, updatedAt: '',
};

describe('CapitalContributionsPage', () => {
  afterEach(verifyHttpAndReset);

  it('names the linked project of a notice, and the form links a notice to a project picked from the search', async () => {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [provideRouter([]), provideApiHttp(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(OFFICER);
    const fixture = TestBed.createComponent(CapitalContributionsPage);
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/v1/capital-contributions').flush({ items: [NOTICE], totalCount: 1, page: 1, pageSize: 20 });
    await settle(fixture);
    flushReferenceLists();
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;

    expect(text(el, 'contribution-project')).toContain('FDI-2026-0001 — Nhà máy linh kiện Mỹ Hào');
    expect(byTestId(el, 'contribution-project')?.querySelector('a')?.getAttribute('href')).toBe('/projects/p1');

    click(el, 'contribution-edit');
    await settle(fixture);
    flushReferenceLists();
    http.expectOne((r) => r.url === '/api/v1/projects').flush({ items: [PROJECT], totalCount: 1, page: 1, pageSize: 20 });
    await settle(fixture);
    const select = byTestId<HTMLSelectElement>(document.body, 'cf-projectId')!;
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual([
      '— Không gắn dự án —',
      'FDI-2026-0001 — Nhà máy linh kiện Mỹ Hào',
      'FDI-2026-0002 — Nhà máy dệt Phố Hiến',
    ]);
    expect(select.value).toBe('p1');

    select.value = 'p2';
    select.dispatchEvent(new Event('change'));
    click(document.body, 'contribution-save');
    await settle(fixture);
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/v1/capital-contributions/c1');
    expect(put.request.body.projectId).toBe('p2');
    put.flush(
      { type: 'about:blank', title: 'Dữ liệu không hợp lệ', status: 400, errors: { projectId: ['Không có dự án này, hoặc bạn không được xem dự án này.'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(text(document.body, 'cf-projectId-error')).toBe('Không có dự án này, hoặc bạn không được xem dự án này.');
  });
});
