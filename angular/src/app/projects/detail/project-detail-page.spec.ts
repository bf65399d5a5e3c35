import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { ProjectDto } from '../../api/models';
import { provideApiHttp } from '../../core/http/http.providers';
import {
  OFFICER,
  VIEWER,
  byTestId,
  click,
  flushReferenceLists,
  settle,
  signInAs,
  text,
  translocoForTests,
  verifyHttpAndReset,
  aProject,
} from '../../../testing/test-helpers';
import { ProjectDetailPage } from './project-detail-page';

const event = (id: string, type: 'NewRegistration' | 'Adjustment', date: string, usd: number, superseded = false, corrects: string | null = null) => ({
  id,
  type,
  effectiveDate: date,
  capitalChangeUsd: usd,
  capitalChangeVnd: usd * 25000,
  certificateNumber: 'IRC-1',
  note: null,
  correctsEventId: corrects,
  isSuperseded: superseded,
  recordedAt: `${date}T00:00:00Z`,
  recordedBy: 'officer',
});

const PROJECT: ProjectDto = aProject({
  id: 'p1',
  code: 'FDI-2026-0001',
  kind: 'Fdi',
  status: 'Approved',
  nameVi: 'Nhà máy linh kiện Thái Bình',
  registeredCapitalUsd: 12_500_000,
  registeredCapitalVnd: 312_500_000_000,
  investors: [{ name: 'Hanul', countryCode: 'KR' }],
  fdi: { ircNumber: 'IRC-1', ircDate: '2026-01-15', durationYears: 50 },
  capitalEvents: [
    event('e1', 'NewRegistration', '2026-01-15', 10_000_000),
    event('e2', 'Adjustment', '2026-06-01', 2_000_000, true),
    event('e3', 'Adjustment', '2026-06-01', 2_500_000, false, 'e2'),
  ],
  version: '42',
});

describe('ProjectDetailPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(user = OFFICER) {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [
        provideRouter([{ path: 'projects/:id', component: ProjectDetailPage }], withComponentInputBinding()),
        provideApiHttp(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signInAs(user);
    harness = await RouterTestingHarness.create('/projects/p1');
    http.expectOne('/api/v1/projects/p1').flush(PROJECT);
    await settle(harness.fixture);
    http.match((r) => r.url === '/api/v1/proposals').forEach((r) => r.flush({ items: [], totalCount: 0, page: 1, pageSize: 1 }));
    flushReferenceLists();
    await settle(harness.fixture);
    page = harness.routeNativeElement!;
  }

  afterEach(verifyHttpAndReset);

  it('strikes through superseded ledger entries and marks corrections', async () => {
    await open();
    click(page, 'tab-capital');
    await settle(harness.fixture);

    const rows = [...page.querySelectorAll<HTMLElement>('[data-testid="ledger-row"]')];
    expect(rows.map((r) => r.classList.contains('superseded'))).toEqual([false, true, false]);
    expect(rows[1].textContent).toContain('Đã được đính chính');
    expect(rows[2].textContent).toContain('Đính chính');
    // A superseded entry cannot be corrected again.
    expect(rows.map((r) => !!r.querySelector('[data-testid="capital-correct"]'))).toEqual([true, false, true]);
    expect(text(page, 'capital-total-usd')).toBe('12.500.000,00 USD');
  });

  it('offers an officer the moves allowed from the current status, and sends the version', async () => {
    await open();
    expect(byTestId(page, 'action-Activate')).not.toBeNull();
    expect(byTestId(page, 'action-Terminate')).not.toBeNull();
    expect(byTestId(page, 'action-Submit')).toBeNull();
    expect(byTestId(page, 'project-edit')).not.toBeNull();

    click(page, 'action-Activate');
    await settle(harness.fixture);
    click(page, 'status-confirm');
    await settle(harness.fixture);
    const req = http.expectOne('/api/v1/projects/p1/status');
    expect(req.request.headers.get('If-Match')).toBe('"42"');
    expect(req.request.body.action).toBe('Activate');
    req.flush(
      { status: 412, code: 'concurrency.stale', detail: 'Đã có người khác cập nhật.' },
      { status: 412, statusText: 'Precondition Failed' },
    );
    await settle(harness.fixture);
    expect(byTestId(page, 'conflict')).not.toBeNull();
    expect(byTestId(page, 'conflict-reload')).not.toBeNull();
  });

  it('hides every write action from a viewer', async () => {
    await open(VIEWER);
    expect(page.querySelector('[data-testid^="action-"]')).toBeNull();
    expect(byTestId(page, 'project-edit')).toBeNull();
    click(page, 'tab-capital');
    await settle(harness.fixture);
    expect(byTestId(page, 'capital-adjust')).toBeNull();
    expect(byTestId(page, 'capital-terminate')).toBeNull();
    expect(byTestId(page, 'capital-correct')).toBeNull();
    expect(page.querySelectorAll('[data-testid="ledger-row"]').length).toBe(3);
  });
});
