import { Component } from '@angular/core';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { TaskDetailDto } from '../api/models';
import { provideApiHttp } from '../core/http/http.providers';
import { OFFICER, byTestId, click, settle, signInAs, text, translocoWithProceduresForTests, verifyHttpAndReset } from '../../testing/test-helpers';
import { TaskPage } from './task-page';

@Component({ template: 'inbox' })
class InboxStub {}

const detail = (outcomes: string[]): TaskDetailDto => ({
  task: {
    id: 't1',
    instanceId: 'i1',
    definitionKey: 'ngo-aid-approval',
    businessKey: 'd1',
    elementId: 'decide',
    name: 'Lãnh đạo quyết định',
    assignee: null,
    candidateUsers: [],
    candidateGroups: ['leader'],
    dueAt: null,
    overdue: false,
    outcomes,
    status: 'Open',
    createdAt: '2026-11-20T03:00:00Z',
    closedAt: null,
    completedBy: null,
    outcome: null,
    formKey: 'decide',
    priority: 50,
    followUpAt: null,
    owner: null,
    delegationState: null,
    eTag: '"1"',
  },
  workingDaysLeft: null,
  dossier: null,
  form: null,
  previousSteps: [
    {
      activityId: 'consult',
      activityName: 'Lấy ý kiến cơ quan liên quan',
      activityType: 'userTask',
      taskId: 'c1',
      decision: null,
      started: '2026-11-20T01:00:00Z',
      ended: '2026-11-20T02:00:00Z',
      actor: 'agency.finance@investaid.local',
      outcome: 'agree',
      comment: 'Sở Tài chính thống nhất.',
    },
  ],
});

describe('TaskPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(outcomes: string[]) {
    TestBed.configureTestingModule({
      imports: [translocoWithProceduresForTests()],
      providers: [
        provideRouter(
          [
            { path: 'tasks', component: InboxStub },
            { path: 'tasks/:id', component: TaskPage },
          ],
          withComponentInputBinding(),
        ),
        provideApiHttp(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signInAs(OFFICER);
    harness = await RouterTestingHarness.create('/tasks/t1');
    http.expectOne('/api/v1/tasks/t1').flush(detail(outcomes));
    await settle(harness.fixture);
    page = harness.routeNativeElement!;
  }

  afterEach(verifyHttpAndReset);

  it('shows the outcome buttons the task defines, labelled in Vietnamese, and earlier comments', async () => {
    await open(['approve', 'reject', 'return']);
    const labels = [...page.querySelectorAll('[data-testid^="outcome-"]')].map((b) => b.textContent?.trim());
    expect(labels).toEqual(['Phê duyệt', 'Không phê duyệt', 'Trả lại']);
    expect(text(page, 'task-timeline')).toContain('Sở Tài chính thống nhất.');

    TestBed.resetTestingModule();
    await open(['complete', 'supplement']);
    const other = [...page.querySelectorAll('[data-testid^="outcome-"]')].map((b) => b.getAttribute('data-testid'));
    expect(other).toEqual(['outcome-complete', 'outcome-supplement']);
  });

  it('labels the approval chain\'s outcomes and sends who signs for whom with the decision\'s number and date', async () => {
    await open(['sign', 'return']);
    expect(text(page, 'outcome-sign')).toBe('Ký');
    TestBed.resetTestingModule();
    await open(['submit', 'forward']);
    expect([text(page, 'outcome-submit'), text(page, 'outcome-forward')]).toEqual(['Trình', 'Trình ký']);
    TestBed.resetTestingModule();
    await open(['approve', 'reject', 'return']);

    const set = (id: string, value: string, event = 'input') => {
      const el = byTestId<HTMLInputElement | HTMLSelectElement>(page, id)!;
      el.value = value;
      el.dispatchEvent(new Event(event));
    };
    expect(byTestId<HTMLInputElement>(page, 'task-signer-name')!.value).toBe('Nguyễn Thị Lan');
    expect(byTestId(page, 'task-on-behalf-name')).toBeNull();
    set('task-sign-mode', 'KT', 'change');
    await settle(harness.fixture);
    set('task-signer-name', 'Lê Văn Cường');
    set('task-signer-title', 'Phó Chủ tịch');
    set('task-on-behalf-name', 'Phạm Minh Đức');
    set('task-on-behalf-title', 'Chủ tịch');
    set('task-decision-number', ' 321/QĐ-UBND ');
    set('task-decision-date', '25/06/2026');
    byTestId<HTMLInputElement>(page, 'task-decision-date')!.dispatchEvent(new Event('blur'));
    await settle(harness.fixture);
    click(page, 'outcome-approve');
    await settle(harness.fixture);
    const sent = http.expectOne('/api/v1/tasks/t1/complete');
    expect(sent.request.body.variables).toEqual({
      signature: { mode: 'KT', signerName: 'Lê Văn Cường', signerTitle: 'Phó Chủ tịch', onBehalfOfName: 'Phạm Minh Đức', onBehalfOfTitle: 'Chủ tịch' },
      decisionNumber: '321/QĐ-UBND',
      decisionDate: '2026-06-25',
    });
    sent.flush({ instanceId: 'i1', taskId: 't1', instanceVersion: 5, effects: [] });
    await settle(harness.fixture);
    for (const req of http.match((r) => r.url === '/api/v1/tasks'))
      req.flush({ items: [], totalCount: 0, page: 1, pageSize: 1, scope: 'Mine', counts: { mine: 0, groups: 0, overdue: 0, all: 0 } });
    await settle(harness.fixture);
  });

  it('asks for a comment before returning, without calling the server', async () => {
    await open(['approve', 'reject', 'return']);
    click(page, 'outcome-return');
    await settle(harness.fixture);
    expect(text(page, 'task-comment-error')).toBe('Vui lòng nhập ý kiến khi trả lại hoặc không phê duyệt.');
    http.expectNone((r) => r.url.endsWith('/complete'));
  });

  it('shows the server\'s 400 naming the comment', async () => {
    await open(['approve', 'reject', 'return']);
    const textarea = byTestId<HTMLTextAreaElement>(page, 'task-comment')!;
    textarea.value = ' x ';
    textarea.dispatchEvent(new Event('input'));
    click(page, 'outcome-reject');
    await settle(harness.fixture);
    http.expectOne('/api/v1/tasks/t1/complete').flush(
      { status: 400, code: 'validation.failed', detail: 'Một hoặc nhiều trường không hợp lệ.', errors: { comment: ['Ý kiến quá ngắn.'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness.fixture);
    expect(text(page, 'task-submit-error')).toBe('Ý kiến quá ngắn.');
    expect(byTestId(page, 'task-comment-error')).not.toBeNull();
  });

  it('retries a failed submission with the same Idempotency-Key, then returns to the inbox', async () => {
    await open(['approve', 'reject', 'return']);
    const textarea = byTestId<HTMLTextAreaElement>(page, 'task-comment')!;
    textarea.value = 'Đồng ý';
    textarea.dispatchEvent(new Event('input'));

    click(page, 'outcome-approve');
    // A double click while the first is in flight sends nothing more.
    click(page, 'outcome-approve');
    await settle(harness.fixture);
    const first = http.expectOne('/api/v1/tasks/t1/complete');
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toBeTruthy();
    expect(first.request.body).toEqual({
      outcome: 'approve',
      comment: 'Đồng ý',
      variables: { signature: { mode: 'direct', signerName: 'Nguyễn Thị Lan', signerTitle: null, onBehalfOfName: null, onBehalfOfTitle: null } },
    });
    first.error(new ProgressEvent('error'), { status: 0, statusText: 'Network error' });
    await settle(harness.fixture);
    expect(byTestId(page, 'task-submit-error')).not.toBeNull();

    click(page, 'outcome-approve');
    await settle(harness.fixture);
    const retry = http.expectOne('/api/v1/tasks/t1/complete');
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    retry.flush({ instanceId: 'i1', taskId: 't1', instanceVersion: 5, effects: [] });
    await settle(harness.fixture);
    for (const req of http.match((r) => r.url === '/api/v1/tasks'))
      req.flush({ items: [], totalCount: 0, page: 1, pageSize: 1, scope: 'Mine', counts: { mine: 0, groups: 0, overdue: 0, all: 0 } });
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/tasks');
  });
});
