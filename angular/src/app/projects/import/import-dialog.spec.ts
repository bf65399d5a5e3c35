import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { provideApiHttp } from '../../core/http/http.providers';
import {
  byTestId,
  click,
  settle,
  text,
  translocoForTests,
  verifyHttpAndReset,
} from '../../../testing/test-helpers';
import { ImportDialog } from './import-dialog';

describe('ImportDialog', () => {
  afterEach(verifyHttpAndReset);

  async function pickAndUpload() {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [provideApiHttp(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(ImportDialog);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    const input = byTestId<HTMLInputElement>(el, 'import-file')!;
    const file = new File(['x'], 'du-an.xlsx');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    click(el, 'import-submit');
    await settle(fixture);
    const req = TestBed.inject(HttpTestingController).expectOne('/api/v1/projects/import');
    expect(req.request.body instanceof FormData).toBe(true);
    expect((req.request.body as FormData).get('file')).toBeInstanceOf(File);
    return { fixture, el, req };
  }

  it('links the template', async () => {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [provideApiHttp(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(ImportDialog);
    await settle(fixture);
    expect(byTestId<HTMLAnchorElement>(fixture.nativeElement, 'import-template')!.getAttribute('href')).toBe(
      '/api/v1/projects/import/template',
    );
  });

  it('shows every rejected row with its row, column and message', async () => {
    const { fixture, el, req } = await pickAndUpload();
    req.flush(
      {
        status: 400,
        code: 'import.invalid',
        detail: 'Tệp có 2 dòng lỗi; chưa dự án nào được nhập.',
        rows: [
          { row: 3, column: 'Tên dự án', message: 'Không được để trống.' },
          { row: 7, column: 'Quốc gia', message: 'Mã quốc gia XX không có trong danh mục.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);

    expect(text(el, 'import-failed')).toBe('Tệp có 2 dòng lỗi; chưa dự án nào được nhập.');
    const rows = [...el.querySelectorAll('[data-testid="import-error-row"]')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['3', 'Tên dự án', 'Không được để trống.'],
      ['7', 'Quốc gia', 'Mã quốc gia XX không có trong danh mục.'],
    ]);
    expect(byTestId(el, 'import-success')).toBeNull();
  });

  it('reports how many projects were imported', async () => {
    const { fixture, el, req } = await pickAndUpload();
    let emitted = -1;
    fixture.componentInstance.imported.subscribe((n) => (emitted = n));
    req.flush({ imported: 12, errors: [] });
    await settle(fixture);
    expect(text(el, 'import-success')).toBe('Đã nhập 12 dự án');
    expect(emitted).toBe(12);
    expect(byTestId(el, 'import-errors')).toBeNull();
  });
});
