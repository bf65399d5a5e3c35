import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { JobSettingDto } from '../api/models';
import { provideApiHttp } from '../core/http/http.providers';
import { byTestId, click, settle, translocoForTests, typeInto, verifyHttpAndReset } from '../../testing/test-helpers';
import { describeCron, nextRun } from './cron';
import { JobSettingsPage, cronValidator, jobFieldErrors } from './job-settings-page';

const LAG: JobSettingDto = { id: 'reminders-disbursement-lag', cron: '0 7 * * 1', enabled: true, threshold: 0.7, delayDays: null, leadDays: null, retentionDays: null, lastRunAt: null, lastRunCount: null, updatedAt: '2026-01-01T00:00:00Z' };
const TASKS: JobSettingDto = { id: 'reminders-overdue-tasks', cron: '0 8 * * *', enabled: true, threshold: null, delayDays: 2, leadDays: 1, retentionDays: null, lastRunAt: null, lastRunCount: null, updatedAt: '2026-01-01T00:00:00Z' };

describe('JobSettingsPage', () => {
  afterEach(verifyHttpAndReset);

  async function open() {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [provideRouter([]), provideApiHttp(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(JobSettingsPage);
    fixture.detectChanges();
    http.expectOne('/api/v1/admin/jobs').flush([LAG, TASKS]);
    await settle(fixture);
    return { fixture, http, el: fixture.nativeElement as HTMLElement, page: fixture.componentInstance };
  }

  it('keeps the threshold a share from 0 to 1 and the days within 0–365 before saving', async () => {
    const { fixture, el, page } = await open();
    expect(el.querySelectorAll('[data-testid="job-row"]').length).toBe(2);
    page.edit(LAG);
    await settle(fixture);
    typeInto(el, 'job-threshold', '1.5');
    click(el, 'job-save');
    await settle(fixture);
    expect(byTestId(el, 'job-threshold-error')).not.toBeNull();
    expect(page.form.controls.threshold.hasError('max')).toBe(true);

    page.edit(TASKS);
    await settle(fixture);
    typeInto(el, 'job-delay', '400');
    typeInto(el, 'job-lead', '-1');
    typeInto(el, 'job-cron', '0 8 * *');
    click(el, 'job-save');
    await settle(fixture);
    expect(byTestId(el, 'job-delay-error')).not.toBeNull();
    expect(byTestId(el, 'job-lead-error')).not.toBeNull();
    expect(byTestId(el, 'job-cron-error')).not.toBeNull();
    // verifyHttpAndReset: nothing was sent.
  });

  it("sends the edited job and shows the server's field messages", async () => {
    const { fixture, http, el, page } = await open();
    page.edit(LAG);
    await settle(fixture);
    typeInto(el, 'job-threshold', '0.5');
    click(el, 'job-save');
    await settle(fixture);
    const req = http.expectOne('/api/v1/admin/jobs');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual([{ id: LAG.id, cron: '0 7 * * 1', enabled: true, threshold: 0.5, delayDays: null, leadDays: null, retentionDays: null }]);
    req.flush({ status: 400, errors: { '[0].cron': ["Biểu thức cron '0 7 * * 1' không hợp lệ."] } }, { status: 400, statusText: 'Bad Request' });
    await settle(fixture);
    expect(byTestId(el, 'job-cron-error')?.textContent?.trim()).toBe("Biểu thức cron '0 7 * * 1' không hợp lệ.");
  });
});

describe('cron helpers', () => {
  it('validates five fields as the server does', () => {
    const check = (value: string) => cronValidator({ value } as never);
    expect(check('0 7 * * 1')).toBeNull();
    expect(check('*/15 * * * *')).toBeNull();
    expect(check('0 7 * *')).toEqual({ cron: true });
    expect(check('0 25 * * *')).toEqual({ cron: true });
    expect(check('0 7 * * MON')).toEqual({ cron: true });
  });

  it('describes simple schedules and finds the next run in Vietnam time', () => {
    expect(describeCron('30 6 * * *')).toEqual({ key: 'daily', params: { time: '06:30' } });
    expect(describeCron('0 7 * * 1')).toEqual({ key: 'weekly', params: { time: '07:00', day: 1 } });
    expect(describeCron('0 8 10 1,4,7,10 *')?.key).toBe('months');
    expect(describeCron('0 7 1-5 * 1')).toBeNull();
    // Wednesday 25/11/2026 10:00 in Hà Nội → Monday 30/11 07:00 (00:00 UTC).
    expect(nextRun('0 7 * * 1', new Date('2026-11-25T03:00:00Z'))?.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(nextRun('*/5 * * * *', new Date('2026-11-25T03:01:30Z'))?.toISOString()).toBe('2026-11-25T03:05:00.000Z');
  });

  it('maps the server field paths of the one-job PUT to the form', () => {
    expect(jobFieldErrors({ '[0].threshold': ['Ngưỡng là tỷ lệ từ 0 đến 1.'] })).toEqual({ threshold: 'Ngưỡng là tỷ lệ từ 0 đến 1.' });
  });
});
