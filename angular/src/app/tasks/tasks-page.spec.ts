import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { InboxItemDto } from '../api/models';
import { provideApiHttp } from '../core/http/http.providers';
import { ADMIN, OFFICER, settle, signInAs, translocoWithProceduresForTests, verifyHttpAndReset } from '../../testing/test-helpers';
import { TasksPage } from './tasks-page';

const item = (taskId: string, over: Partial<InboxItemDto>): InboxItemDto => ({
  taskId,
  instanceId: 'i-' + taskId,
  procedureKey: 'ngo-aid-approval',
  stepId: 'consult',
  stepName: 'Lấy ý kiến cơ quan liên quan',
  dossierId: null,
  projectId: 'p1',
  projectCode: 'NGO-2026-0001',
  projectName: 'Dự án ' + taskId,
  dueAt: null,
  dueDate: null,
  workingDaysLeft: null,
  overdue: false,
  outcomes: ['agree', 'disagree'],
  candidateGroups: ['officer'],
  assignee: null,
  createdAt: '2026-11-01T00:00:00Z',
  priority: 50,
  followUpAt: null,
  receivedOn: null,
  ...over,
});

const page = (items: InboxItemDto[], counts: Partial<Record<'mine' | 'groups' | 'overdue' | 'all', number>>, total = items.length, pageNo = 1) => ({
  items,
  totalCount: total,
  page: pageNo,
  pageSize: 20,
  scope: 'Mine',
  counts: { mine: 0, groups: 0, overdue: 0, all: 0, ...counts },
});

describe('TasksPage', () => {
  afterEach(verifyHttpAndReset);

  async function open(user = OFFICER) {
    TestBed.configureTestingModule({
      imports: [translocoWithProceduresForTests()],
      providers: [provideRouter([{ path: 'tasks', component: TasksPage }]), provideApiHttp(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(user);
    const harness = await RouterTestingHarness.create('/tasks');
    return { http, harness };
  }

  it('shows the server\'s order: overdue first, red, and those due within two working days amber', async () => {
    const { http, harness } = await open();
    http.expectOne('/api/v1/tasks?scope=mine&page=1&pageSize=20').flush(
      page(
        [
          item('late', { dueAt: '2026-11-20T10:00:00Z', dueDate: '2026-11-20', workingDaysLeft: -3, overdue: true, receivedOn: '2026-11-02' }),
          item('soon', { dueAt: '2026-11-27T10:00:00Z', dueDate: '2026-11-27', workingDaysLeft: 2 }),
          item('ok', { dueAt: '2026-12-20T10:00:00Z', dueDate: '2026-12-20', workingDaysLeft: 12 }),
        ],
        { mine: 3, groups: 4, overdue: 1 },
      ),
    );
    await settle(harness.fixture);

    const el = harness.routeNativeElement!;
    const rows = [...el.querySelectorAll<HTMLElement>('[data-testid="inbox-row"]')];
    expect(rows.map((r) => r.getAttribute('data-task'))).toEqual(['late', 'soon', 'ok']);
    const days = [...el.querySelectorAll<HTMLElement>('[data-testid="inbox-days"]')];
    expect(days.map((d) => d.getAttribute('data-tone'))).toEqual(['overdue', 'soon', 'ok']);
    expect(days.map((d) => d.textContent?.trim())).toEqual(['quá hạn 3 ngày làm việc', 'còn 2 ngày làm việc', 'còn 12 ngày làm việc']);
    expect(rows[0].querySelector('[data-testid="inbox-received"]')?.textContent?.trim()).toBe('02/11/2026');
    expect(rows.every((r) => !!r.querySelector('[data-testid="inbox-claim"]'))).toBe(true);
    // The counts come from the server, one per tab; an officer has no "all" tab.
    expect(el.querySelector('[data-testid="inbox-count-mine"]')?.textContent?.trim()).toBe('3');
    expect(el.querySelector('[data-testid="inbox-count-groups"]')?.textContent?.trim()).toBe('4');
    expect(el.querySelector('[data-testid="inbox-count-overdue"]')?.textContent?.trim()).toBe('1');
    expect(el.querySelector('[data-testid="inbox-tab-all"]')).toBeNull();
  });

  it('shows the follow-up date, and a priority badge only when the priority is not the default 50', async () => {
    const { http, harness } = await open();
    http.expectOne('/api/v1/tasks?scope=mine&page=1&pageSize=20').flush(
      page(
        [
          item('urgent', { priority: 80, followUpAt: '2026-12-05T12:00:00Z' }),
          item('usual', {}),
          item('later', { priority: 10 }),
        ],
        { mine: 3 },
      ),
    );
    await settle(harness.fixture);

    const rows = [...harness.routeNativeElement!.querySelectorAll<HTMLElement>('[data-testid="inbox-row"]')];
    const badge = (row: HTMLElement) => row.querySelector('[data-testid="inbox-priority"]')?.textContent?.trim() ?? null;
    expect(rows.map(badge)).toEqual(['Ưu tiên cao', null, 'Ưu tiên thấp']);
    expect(rows[0].querySelector('[data-testid="inbox-follow-up"]')?.textContent?.trim()).toBe('Theo dõi lại: 05/12/2026');
    expect(rows[1].querySelector('[data-testid="inbox-follow-up"]')).toBeNull();
  });

  it('opens on the groups\' tab when nothing is mine, and each tab and page is one server request', async () => {
    const { http, harness } = await open();
    http.expectOne('/api/v1/tasks?scope=mine&page=1&pageSize=20').flush(page([], { groups: 45, overdue: 2 }));
    await settle(harness.fixture);
    http.expectOne('/api/v1/tasks?scope=groups&page=1&pageSize=20').flush(page([item('g1', {})], { groups: 45, overdue: 2 }, 45));
    await settle(harness.fixture);

    const el = harness.routeNativeElement!;
    expect(el.querySelector('[data-testid="inbox-tab-groups"]')?.getAttribute('aria-selected')).toBe('true');
    expect(el.querySelector('[data-testid="inbox-page"]')?.textContent).toContain('1');
    expect(el.querySelector('[data-testid="inbox-page"]')?.textContent).toContain('3');
    (el.querySelector('[data-testid="inbox-next"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    http.expectOne('/api/v1/tasks?scope=groups&page=2&pageSize=20').flush(page([item('g21', {})], { groups: 45, overdue: 2 }, 45, 2));
    await settle(harness.fixture);
    expect([...el.querySelectorAll('[data-testid="inbox-row"]')].map((r) => r.getAttribute('data-task'))).toEqual(['g21']);

    (el.querySelector('[data-testid="inbox-tab-overdue"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    http.expectOne('/api/v1/tasks?scope=overdue&page=1&pageSize=20').flush(page([item('o1', { overdue: true, workingDaysLeft: -1 })], { groups: 45, overdue: 1 }));
    await settle(harness.fixture);
    expect([...el.querySelectorAll('[data-testid="inbox-row"]')].map((r) => r.getAttribute('data-task'))).toEqual(['o1']);
    expect(el.querySelector('[data-testid="inbox-count-overdue"]')?.textContent?.trim()).toBe('1');
  });

  it('gives administrators the "all" tab, and a claim button only on tasks offered to one of their roles', async () => {
    const { http, harness } = await open(ADMIN);
    http.expectOne('/api/v1/tasks?scope=mine&page=1&pageSize=20').flush(page([], { all: 2 }));
    await settle(harness.fixture);
    const el = harness.routeNativeElement!;
    (el.querySelector('[data-testid="inbox-tab-all"]') as HTMLButtonElement).click();
    await settle(harness.fixture);
    http.expectOne('/api/v1/tasks?scope=all&page=1&pageSize=20').flush(
      page([item('theirs', { candidateGroups: ['leader'] }), item('admins', { candidateGroups: ['admin'] })], { all: 2 }),
    );
    await settle(harness.fixture);
    const rows = [...el.querySelectorAll<HTMLElement>('[data-testid="inbox-row"]')];
    expect(rows.map((r) => !!r.querySelector('[data-testid="inbox-claim"]'))).toEqual([false, true]);
    expect(el.querySelector('[data-testid="inbox-count-all"]')?.textContent?.trim()).toBe('2');
  });
});
