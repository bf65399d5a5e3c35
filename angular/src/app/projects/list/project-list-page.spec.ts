import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideApiHttp } from '../../core/http/http.providers';
import {
  OFFICER,
  VIEWER,
  byTestId,
  flushReferenceLists,
  settle,
  signInAs,
  text,
  translocoForTests,
  verifyHttpAndReset,
} from '../../../testing/test-helpers';
import { ProjectListPage } from './project-list-page';

const ROW = {
  id: 'p1',
  code: 'FDI-2026-0001',
  kind: 'Fdi',
  status: 'Active',
  nameVi: 'Nhà máy linh kiện Thái Bình',
  nameEn: null,
  ownerName: 'Công ty TNHH Linh kiện',
  donorCode: null,
  communeCode: '33001',
  industrialZoneCode: null,
  sectorCode: '26',
  investorCountries: 'KR',
  registeredOn: '2026-01-15',
  registeredCapitalUsd: 1628890,
  updatedAt: '2026-01-15T00:00:00Z',
};

describe('ProjectListPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  async function open(url: string, user = OFFICER) {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [
        provideRouter([{ path: 'projects', component: ProjectListPage }], withComponentInputBinding()),
        provideApiHttp(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signInAs(user);
    harness = await RouterTestingHarness.create(url);
    flushReferenceLists();
  }

  function expectList() {
    return http.expectOne((r) => r.url === '/api/v1/projects');
  }

  afterEach(verifyHttpAndReset);

  it('asks the API for what the URL says', async () => {
    await open('/projects?kind=Fdi&country=KR&q=thai%20binh&page=2&pageSize=50&sort=-registeredCapitalUsd');
    const req = expectList();
    const p = req.request.params;
    expect(p.get('kind')).toBe('Fdi');
    expect(p.get('country')).toBe('KR');
    expect(p.get('q')).toBe('thai binh');
    expect(p.get('page')).toBe('2');
    expect(p.get('pageSize')).toBe('50');
    expect(p.get('sort')).toBe('-registeredCapitalUsd');
    expect(p.has('status')).toBe(false);
    req.flush({ items: [ROW], totalCount: 51, page: 2, pageSize: 50 });
    await settle(harness.fixture);

    const page = harness.routeNativeElement!;
    expect(text(page, 'total-count')).toBe('51 dự án');
    expect(text(page, 'project-capital')).toBe('1.628.890,00');
    expect(text(page, 'status-badge')).toBe('Đang hoạt động');
    expect(text(page, 'kind-badge')).toBe('FDI');
    expect(text(page, 'page-current')).toBe('Trang 2 / 2');
  });

  it('says "about" when the registry is large and the count is an estimate', async () => {
    await open('/projects?q=thai%20binh');
    expectList().flush({ items: [ROW], totalCount: 19000, page: 1, pageSize: 20, totalIsEstimate: true });
    await settle(harness.fixture);

    const page = harness.routeNativeElement!;
    expect(text(page, 'total-count')).toBe('khoảng 19000 dự án');
    expect(page.querySelector('[data-testid="pager"] .range')?.textContent?.trim()).toBe('Hiển thị 1–20 / khoảng 19000');
  });

  it('puts a chosen filter into the URL, back on page 1, and reloads from there', async () => {
    await open('/projects?page=3');
    expectList().flush({ items: [ROW], totalCount: 100, page: 3, pageSize: 20 });
    await settle(harness.fixture);

    const select = byTestId<HTMLSelectElement>(harness.routeNativeElement!, 'filter-status')!;
    select.value = 'UnderReview';
    select.dispatchEvent(new Event('change'));
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/projects?status=UnderReview');
    const req = expectList();
    expect(req.request.params.get('status')).toBe('UnderReview');
    expect(req.request.params.get('page')).toBe('1');
    req.flush({ items: [], totalCount: 0, page: 1, pageSize: 20 });
    await settle(harness.fixture);
    expect(text(harness.routeNativeElement!, 'empty-state-title')).toBe('Không tìm thấy dự án phù hợp');
  });

  it('waits for the user to stop typing before searching', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await open('/projects');
      expectList().flush({ items: [], totalCount: 0, page: 1, pageSize: 20 });
      const input = byTestId<HTMLInputElement>(harness.routeNativeElement!, 'filter-q')!;
      for (const value of ['t', 'th', 'thai binh']) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
        vi.advanceTimersByTime(100);
      }
      expect(TestBed.inject(Router).url).toBe('/projects');
      vi.advanceTimersByTime(400);
      vi.useRealTimers();
      await settle(harness.fixture);
      expect(TestBed.inject(Router).url).toBe('/projects?q=thai%20binh');
      expectList().flush({ items: [], totalCount: 0, page: 1, pageSize: 20 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers register and import to an officer', async () => {
    await open('/projects');
    expectList().flush({ items: [ROW], totalCount: 1, page: 1, pageSize: 20 });
    await settle(harness.fixture);
    const page = harness.routeNativeElement!;
    expect(byTestId(page, 'project-new')).not.toBeNull();
    expect(byTestId(page, 'import-open')).not.toBeNull();
  });

  it('hides register and import from a viewer but keeps the export', async () => {
    await open('/projects', VIEWER);
    expectList().flush({ items: [ROW], totalCount: 1, page: 1, pageSize: 20 });
    await settle(harness.fixture);
    const page = harness.routeNativeElement!;
    expect(byTestId(page, 'project-new')).toBeNull();
    expect(byTestId(page, 'import-open')).toBeNull();
    expect(byTestId(page, 'export-excel')).not.toBeNull();
  });
});
