import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { InboxItemDto } from '../api/models';
import { provideApiHttp } from '../core/http/http.providers';
import { OFFICER, settle, signInAs, translocoWithProceduresForTests, verifyHttpAndReset } from '../../testing/test-helpers';
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
  ...over,
});

describe('TasksPage', () => {
  afterEach(verifyHttpAndReset);

  it('lists overdue tasks first, red, and those due within two working days amber', async () => {
    TestBed.configureTestingModule({
      imports: [translocoWithProceduresForTests()],
      providers: [provideRouter([{ path: 'tasks', component: TasksPage }]), provideApiHttp(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(OFFICER);
    const harness = await RouterTestingHarness.create('/tasks');
    http.expectOne('/api/v1/inbox?page=1&pageSize=200').flush({
      items: [
        item('ok', { dueAt: '2026-12-20T10:00:00Z', dueDate: '2026-12-20', workingDaysLeft: 12 }),
        item('soon', { dueAt: '2026-11-27T10:00:00Z', dueDate: '2026-11-27', workingDaysLeft: 2 }),
        item('late', { dueAt: '2026-11-20T10:00:00Z', dueDate: '2026-11-20', workingDaysLeft: -3, overdue: true }),
      ],
      totalCount: 3,
      page: 1,
      pageSize: 200,
    });
    await settle(harness.fixture);
    for (const req of http.match('/api/v1/inbox?page=1&pageSize=1')) req.flush({ items: [], totalCount: 3, page: 1, pageSize: 1 });
    await settle(harness.fixture);

    const page = harness.routeNativeElement!;
    const rows = [...page.querySelectorAll<HTMLElement>('[data-testid="inbox-row"]')];
    expect(rows.map((r) => r.getAttribute('data-task'))).toEqual(['late', 'soon', 'ok']);
    const days = [...page.querySelectorAll<HTMLElement>('[data-testid="inbox-days"]')];
    expect(days.map((d) => d.getAttribute('data-tone'))).toEqual(['overdue', 'soon', 'ok']);
    expect(days.map((d) => d.textContent?.trim())).toEqual(['quá hạn 3 ngày làm việc', 'còn 2 ngày làm việc', 'còn 12 ngày làm việc']);
    expect(rows.every((r) => !!r.querySelector('[data-testid="inbox-claim"]'))).toBe(true);
  });
});
