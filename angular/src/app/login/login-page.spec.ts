import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { provideApiHttp } from '../core/http/http.providers';
import { LanguageService } from '../core/i18n/language.service';
import {
  OFFICER,
  byTestId,
  click,
  settle,
  text,
  translocoForTests,
  verifyHttpAndReset,
  typeInto,
} from '../../testing/test-helpers';
import { LoginPage } from './login-page';

@Component({ template: 'projects' })
class ProjectsStub {}

const LOGIN_URL = '/api/account/login?useCookies=true';

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
  let httpMock: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [
        provideRouter([
          { path: 'login', component: LoginPage },
          { path: 'projects', component: ProjectsStub },
        ]),
        provideApiHttp(),
        provideHttpClientTesting(),
      ],
    });
    httpMock = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/login?returnUrl=%2Fprojects');
    page = harness.routeNativeElement!;
  });

  afterEach(verifyHttpAndReset);

  async function submit(email: string, password: string) {
    typeInto(page, 'login-email', email);
    typeInto(page, 'login-password', password);
    click(page, 'login-submit');
    harness.fixture.detectChanges();
  }

  it('asks for the e-mail and password in Vietnamese and sends nothing', async () => {
    click(page, 'login-submit');
    await settle(harness.fixture);

    expect(text(page, 'login-email-error')).toBe('Vui lòng nhập email.');
    expect(text(page, 'login-password-error')).toBe('Vui lòng nhập mật khẩu.');
    httpMock.expectNone((req) => req.url.includes('/api/account/login'));
  });

  it('rejects a malformed e-mail address', async () => {
    await submit('not-an-email', 'secret');
    await settle(harness.fixture);

    expect(text(page, 'login-email-error')).toBe('Email không đúng định dạng.');
    expect(text(page, 'login-password-error')).toBe('');
    httpMock.expectNone((req) => req.url.includes('/api/account/login'));
  });

  it("shows progress while signing in, then the server's message on 401", async () => {
    await submit('officer@investaid.local', 'wrong');

    const req = httpMock.expectOne(LOGIN_URL);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: 'officer@investaid.local', password: 'wrong' });
    expect(byTestId(page, 'login-progress')).not.toBeNull();
    expect(byTestId<HTMLButtonElement>(page, 'login-submit')!.disabled).toBe(true);

    req.flush(
      {
        type: 'https://investaid.local/errors/account.invalid-credentials',
        title: 'Unauthorized',
        status: 401,
        detail: 'Email hoặc mật khẩu không đúng',
        code: 'account.invalid-credentials',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle(harness.fixture);

    expect(text(page, 'login-error')).toBe('Email hoặc mật khẩu không đúng');
    expect(byTestId(page, 'login-progress')).toBeNull();
    expect(byTestId<HTMLButtonElement>(page, 'login-submit')!.disabled).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fprojects');
  });

  it('shows the lock-out message on 423', async () => {
    await submit('officer@investaid.local', 'whatever');
    httpMock.expectOne(LOGIN_URL).flush(
      {
        status: 423,
        title: 'Locked',
        detail: 'Tài khoản tạm khoá đến 11:30.',
        code: 'account.locked-out',
      },
      { status: 423, statusText: 'Locked' },
    );
    await settle(harness.fixture);

    expect(text(page, 'login-error')).toBe('Tài khoản tạm khoá đến 11:30.');
  });

  it('in English, translates a known error code instead of showing the Vietnamese detail', async () => {
    await TestBed.inject(LanguageService).use('en');
    await submit('officer@investaid.local', 'wrong');
    httpMock.expectOne(LOGIN_URL).flush(
      {
        status: 401,
        detail: 'Email hoặc mật khẩu không đúng',
        code: 'account.invalid-credentials',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle(harness.fixture);

    expect(text(page, 'login-error')).toBe('The e-mail or password is incorrect.');
  });

  it('goes to the requested page after signing in', async () => {
    await submit('officer@investaid.local', 'InvestAid@2026');
    httpMock.expectOne(LOGIN_URL).flush('');
    await new Promise((resolve) => setTimeout(resolve));
    httpMock.expectOne('/api/account/session').flush(OFFICER);
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/projects');
  });

  it('stays on the sign-in page with a message when the session cookie did not stick', async () => {
    await submit('officer@investaid.local', 'InvestAid@2026');
    httpMock.expectOne(LOGIN_URL).flush('');
    await new Promise((resolve) => setTimeout(resolve));
    httpMock.expectOne('/api/account/session').flush(null, { status: 401, statusText: 'Unauthorized' });
    await settle(harness.fixture);

    expect(text(page, 'login-error')).toBe('Đã có lỗi xảy ra. Vui lòng thử lại sau.');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fprojects');
  });
});
