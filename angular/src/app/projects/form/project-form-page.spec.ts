import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideApiHttp } from '../../core/http/http.providers';
import {
  OFFICER,
  byTestId,
  click,
  flushReferenceLists,
  settle,
  signInAs,
  text,
  translocoForTests,
  typeInto,
  verifyHttpAndReset,
} from '../../../testing/test-helpers';
import { formPath } from '../../shared/form-errors';
import { ProjectFormPage } from './project-form-page';

describe('ProjectFormPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [
        provideRouter([{ path: 'projects/new', component: ProjectFormPage }], withComponentInputBinding()),
        provideApiHttp(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signInAs(OFFICER);
    harness = await RouterTestingHarness.create('/projects/new?kind=Fdi');
    flushReferenceLists({
      Country: [{ code: 'KR', nameVi: 'Hàn Quốc', nameEn: 'Korea' }],
      AdministrativeUnit: [
        { code: '33024', nameVi: 'Xã Ân Thi', nameEn: 'An Thi Commune', category: 'Commune' },
        { code: '33026', nameVi: 'Xã Tiền Hải', nameEn: 'Tien Hai Commune', category: 'Commune' },
      ],
    });
    await settle(harness.fixture);
    page = harness.routeNativeElement!;
  });

  afterEach(verifyHttpAndReset);

  it('maps API field paths onto form paths', () => {
    expect(formPath('investors[0].countryCode')).toBe('investors.0.countryCode');
    expect(formPath('Oda.Currency')).toBe('oda.currency');
  });

  it('checks the rules the server checks before sending anything', async () => {
    typeInto(page, 'field-registeredCapitalUsd', '-5');
    typeInto(page, 'field-plannedStart', '2026-05-01');
    typeInto(page, 'field-plannedEnd', '2026-01-01');
    click(page, 'project-save');
    await settle(harness.fixture);

    expect(text(page, 'error-nameVi')).toBe('Vui lòng nhập thông tin này.');
    expect(text(page, 'error-registeredCapitalUsd')).toBe('Giá trị không được âm.');
    expect(text(page, 'error-plannedEnd')).toBe('Ngày kết thúc không được trước ngày bắt đầu.');
    expect(text(page, 'error-investors.0.countryCode')).toBe('Vui lòng nhập thông tin này.');
    http.expectNone((r) => r.url === '/api/v1/projects');
  });

  it("holds amounts and numbers of the FDI block to the server's limits from the OpenAPI document", async () => {
    typeInto(page, 'field-registeredCapitalUsd', '0');
    typeInto(page, 'field-fdi.durationYears', '0');
    click(page, 'project-save');
    await settle(harness.fixture);

    // CreateProjectRequestValidator: USD capital > 0; ProjectInputValidator's FDI child rules: duration 1–99 years.
    expect(text(page, 'error-registeredCapitalUsd')).toBe('Giá trị phải lớn hơn 0.');
    expect(text(page, 'error-fdi.durationYears')).toBe('Giá trị phải từ 1 trở lên.');

    typeInto(page, 'field-fdi.durationYears', '150');
    await settle(harness.fixture);
    expect(text(page, 'error-fdi.durationYears')).toBe('Giá trị không được vượt quá 99.');
    http.expectNone((r) => r.url === '/api/v1/projects');
  });

  it("shows each of the server's 400 messages next to its field", async () => {
    typeInto(page, 'field-nameVi', 'Nhà máy A');
    typeInto(page, 'field-investors.0.name', 'Hanul');
    const country = byTestId<HTMLSelectElement>(page, 'field-investors.0.countryCode')!;
    country.value = 'KR';
    country.dispatchEvent(new Event('change'));
    click(page, 'project-save');
    await settle(harness.fixture);

    const req = http.expectOne((r) => r.url === '/api/v1/projects' && r.method === 'POST');
    expect(req.request.body.kind).toBe('Fdi');
    expect(req.request.body.investors).toEqual([{ name: 'Hanul', countryCode: 'KR' }]);
    req.flush(
      {
        status: 400,
        title: 'Dữ liệu không hợp lệ',
        code: 'validation',
        errors: {
          nameVi: ['Tên dự án đã tồn tại.'],
          'investors[0].countryCode': ['Mã quốc gia không có trong danh mục.'],
          'fdi.ircNumber': ['Số GCNĐKĐT đã được dùng.'],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness.fixture);

    expect(text(page, 'error-nameVi')).toBe('Tên dự án đã tồn tại.');
    expect(text(page, 'error-investors.0.countryCode')).toBe('Mã quốc gia không có trong danh mục.');
    expect(text(page, 'error-fdi.ircNumber')).toBe('Số GCNĐKĐT đã được dùng.');
    expect(text(page, 'form-error')).toContain('Vui lòng kiểm tra lại các trường được đánh dấu.');

    // Changing the field clears the server's message for it.
    typeInto(page, 'field-nameVi', 'Nhà máy B');
    await settle(harness.fixture);
    expect(text(page, 'error-nameVi')).toBe('');
    expect(text(page, 'error-fdi.ircNumber')).toBe('Số GCNĐKĐT đã được dùng.');
  });

  it('sends every commune chosen in the multi-select and shows the server message for an unknown one', async () => {
    typeInto(page, 'field-nameVi', 'Nhà máy liên xã');
    typeInto(page, 'field-investors.0.name', 'Hanul');
    const country = byTestId<HTMLSelectElement>(page, 'field-investors.0.countryCode')!;
    country.value = 'KR';
    country.dispatchEvent(new Event('change'));
    const communes = byTestId<HTMLSelectElement>(page, 'field-communeCodes')!;
    for (const option of Array.from(communes.options)) option.selected = true;
    communes.dispatchEvent(new Event('change'));
    click(page, 'project-save');
    await settle(harness.fixture);

    const req = http.expectOne((r) => r.url === '/api/v1/projects' && r.method === 'POST');
    expect(req.request.body.communeCodes).toEqual(['33024', '33026']);
    req.flush(
      { status: 400, title: 'Dữ liệu không hợp lệ', code: 'validation', errors: { 'communeCodes[1]': ["Không có đơn vị hành chính mã '33026'."] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness.fixture);
    expect(text(page, 'error-communeCodes')).toBe("Không có đơn vị hành chính mã '33026'.");
  });
});
