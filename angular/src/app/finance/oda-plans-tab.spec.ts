import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { CapitalPlanDto, ProjectDto } from '../api/models';
import { provideApiHttp } from '../core/http/http.providers';
import { OFFICER, aProject, byTestId, click, settle, signInAs, translocoForTests, typeInto, verifyHttpAndReset } from '../../testing/test-helpers';
import { OdaPlansTab, groupPlans } from './oda-plans-tab';

const PROJECT: ProjectDto = aProject({
  id: 'p1',
  code: 'ODA-2026-0001',
  kind: 'Oda',
  nameVi: 'Cấp nước sạch nông thôn',
  plannedStart: '2024-01-01',
  plannedEnd: '2028-12-31',
  oda: { agreementDate: '2024-03-01', agreementNumber: 'Cr-1', currency: 'USD', odaAmount: 10e6, loanAmount: 0, counterpartAmount: 2e6, rateToUsd: 1, rateToVnd: 25000, rateDate: '2024-03-01' },
});
const plan = (year: number, revision: number, foreign: number): CapitalPlanDto => ({
  id: `${year}-${revision}`,
  projectId: 'p1',
  year,
  revision,
  effectiveDate: `${year}-0${revision + 1}-01`,
  reason: revision ? 'Điều chỉnh theo tiến độ' : null,
  currency: 'USD',
  foreignAmount: foreign,
  counterpartAmount: 100_000,
  foreignVnd: foreign * 25000,
  counterpartVnd: 2.5e9,
  totalVnd: foreign * 25000 + 2.5e9,
  recordedAt: `${year}-01-01T00:00:00Z`,
});

describe('OdaPlansTab', () => {
  afterEach(verifyHttpAndReset);

  async function open(plans: CapitalPlanDto[] = []) {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [provideApiHttp(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    await signInAs(OFFICER);
    const fixture = TestBed.createComponent(OdaPlansTab);
    fixture.componentRef.setInput('project', PROJECT);
    fixture.detectChanges();
    http.expectOne('/api/v1/projects/p1/plans').flush(plans);
    await settle(fixture);
    return { fixture, http, el: fixture.nativeElement as HTMLElement, tab: fixture.componentInstance };
  }

  it('refuses a negative amount before sending, as the server would', async () => {
    const { fixture, el, tab } = await open();
    tab.open(2026);
    await settle(fixture);
    typeInto(el, 'plan-foreign', '-5');
    typeInto(el, 'plan-counterpart', '0');
    click(el, 'plan-save');
    await settle(fixture);
    expect(byTestId(el, 'plan-foreign-error')?.textContent?.trim()).toBe('Giá trị không được âm.');
    expect(byTestId(el, 'plan-counterpart-error')).toBeNull();
    // verifyHttpAndReset: nothing was posted.
  });

  it("shows the server's message next to the year when it lies outside the project period", async () => {
    const { fixture, http, el, tab } = await open();
    tab.open(2026);
    await settle(fixture);
    typeInto(el, 'plan-foreign', '1000000');
    typeInto(el, 'plan-counterpart', '200000');
    click(el, 'plan-save');
    await settle(fixture);
    const req = http.expectOne('/api/v1/projects/p1/plans');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toMatchObject({ year: 2026, currency: 'USD', foreignAmount: 1_000_000, counterpartAmount: 200_000, reason: null });
    req.flush(
      { status: 400, title: 'One or more validation errors occurred.', errors: { Year: ['Năm 2026 nằm ngoài thời gian thực hiện dự án (2027–2028).'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(byTestId(el, 'plan-year-error')?.textContent?.trim()).toBe('Năm 2026 nằm ngoài thời gian thực hiện dự án (2027–2028).');
    expect(byTestId(el, 'plan-form')).not.toBeNull();
  });

  it('asks for a reason when the year already has a plan', async () => {
    const { fixture, el, tab } = await open([plan(2026, 0, 1e6)]);
    tab.open(2026);
    await settle(fixture);
    click(el, 'plan-save');
    await settle(fixture);
    expect(byTestId(el, 'plan-reason-error')).not.toBeNull();
    expect(tab.form.controls.reason.hasError('required')).toBe(true);
  });

  it('lists the plan in force per year with its earlier revisions on demand', async () => {
    const { fixture, el } = await open([plan(2025, 0, 5e5), plan(2026, 0, 1e6), plan(2026, 1, 1.2e6)]);
    expect(el.querySelectorAll('[data-testid="plan-row"]').length).toBe(2);
    click(el, 'plan-history');
    await settle(fixture);
    expect(el.querySelectorAll('[data-testid="plan-row"]').length).toBe(3);
    expect(groupPlans([plan(2026, 0, 1), plan(2026, 1, 2)])[0].current.revision).toBe(1);
  });
});
