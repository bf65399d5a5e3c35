import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { provideApiHttp } from '../../core/http/http.providers';
import { OFFICER, byTestId, click, flushReferenceLists, settle, signInAs, translocoWithProceduresForTests, verifyHttpAndReset } from '../../../testing/test-helpers';
import { todayInVietnam } from '../../shared/vietnam-date';
import { ProjectDossiers } from './project-dossiers';

const START_FORM = {
  key: 'aid-intake',
  version: 1,
  schema: { type: 'default', components: [{ type: 'textfield', key: 'donorLetterNo', label: 'Số công văn của nhà tài trợ', validate: { required: true } }] },
  data: {},
};

describe('ProjectDossiers: the "Nộp hồ sơ" dialog', () => {
  afterEach(verifyHttpAndReset);

  async function openDialog(startForm: typeof START_FORM | null) {
    TestBed.configureTestingModule({
      imports: [translocoWithProceduresForTests()],
      providers: [provideRouter([]), provideApiHttp(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(OFFICER);
    const fixture = TestBed.createComponent(ProjectDossiers);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('projectKind', 'NgoAid');
    fixture.componentRef.setInput('projectName', 'Hội Chữ thập đỏ tỉnh');
    fixture.detectChanges();
    http.expectOne('/api/v1/projects/p1/dossiers').flush([]);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    click(el, 'dossier-start');
    await settle(fixture);
    flushReferenceLists();
    // The version in force on the receipt day decides which start form applies.
    const asked = http.expectOne((r) => r.url === '/api/v1/workflow-definitions/ngo-aid-approval/start-form');
    expect(asked.request.params.get('on')).toBe(todayInVietnam());
    if (startForm) {
      asked.flush(startForm);
    } else {
      asked.flush(null, { status: 204, statusText: 'No Content' });
    }
    await settle(fixture);
    return el;
  }

  it("shows the procedure's start form when its version in force has one", async () => {
    const el = await openDialog(START_FORM);
    expect(byTestId(el, 'dossier-start-form')).not.toBeNull();
    expect(byTestId(el, 'dossier-start-form')!.textContent).toContain('Biểu mẫu khởi tạo');
  });

  it('shows no form block when the start event has no form', async () => {
    const el = await openDialog(null);
    expect(byTestId(el, 'dossier-start-form')).toBeNull();
    expect(byTestId(el, 'dossier-dialog')).not.toBeNull();
  });
});

describe('ProjectDossiers: the current steps', () => {
  afterEach(verifyHttpAndReset);

  it('shows a step waiting for the job server as waiting for background processing, beside the open tasks', async () => {
    TestBed.configureTestingModule({
      imports: [translocoWithProceduresForTests()],
      providers: [provideRouter([]), provideApiHttp(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(OFFICER);
    const fixture = TestBed.createComponent(ProjectDossiers);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('projectKind', 'NgoAid');
    fixture.componentRef.setInput('projectName', 'Hội Chữ thập đỏ tỉnh');
    fixture.detectChanges();
    const task = {
      id: 't1', instanceId: 'i1', definitionKey: 'ngo-aid-approval', businessKey: null, elementId: 'review', name: 'Thẩm định hồ sơ',
      assignee: null, candidateUsers: [], candidateGroups: [], dueAt: null, overdue: false, outcomes: [], status: 'Open',
      createdAt: '2026-03-02T02:00:00Z', closedAt: null, completedBy: null, outcome: null, formKey: null, priority: 50, followUpAt: null,
    };
    http.expectOne('/api/v1/projects/p1/dossiers').flush([{
      id: 'd1', projectId: 'p1', projectCode: 'NGO-1', projectName: 'Hội Chữ thập đỏ tỉnh', procedureKey: 'ngo-aid-approval', procedureVersion: 1,
      legalBasis: null, receivedOn: '2026-03-02', applicant: { name: 'Hội Chữ thập đỏ tỉnh', contact: null }, status: 'InProgress',
      workflowInstanceId: null, instanceStatus: 'Running', decisionNumber: null, decisionDate: null, documents: [], tasks: [task], history: [],
      sla: null, backgroundSteps: ['Tính phí'],
    }]);
    await settle(fixture);
    flushReferenceLists();
    const row = byTestId(fixture.nativeElement as HTMLElement, 'dossier-row')!;
    expect(row.textContent).toContain('Thẩm định hồ sơ, Tính phí (Đang chờ xử lý nền)');
    expect(row.textContent).not.toContain('Job');
  });
});
