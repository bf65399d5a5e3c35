import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import {
  ADMIN,
  OFFICER,
  byTestId,
  click,
  settle,
  signInAs,
  text,
  translocoForTests,
  verifyHttpAndReset,
} from '../../testing/test-helpers';
import { CurrentUserDto } from '../api/models';
import { AuthService } from '../core/auth/auth.service';
import { provideApiHttp } from '../core/http/http.providers';
import { LANGUAGE_STORAGE_KEY } from '../core/i18n/language.service';
import { Shell } from './shell';

@Component({ template: 'page' })
class PageStub {}

describe('Shell', () => {
  let httpMock: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'vi';
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [
        provideRouter([
          { path: 'login', component: PageStub },
          {
            path: '',
            component: Shell,
            children: [
              { path: '', component: PageStub },
              { path: 'projects', component: PageStub },
            ],
          },
        ]),
        provideApiHttp(),
        provideHttpClientTesting(),
      ],
    });
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // The nav badge asks for the inbox count on each navigation.
    for (const req of TestBed.inject(HttpTestingController).match((r) => r.url === '/api/v1/tasks')) {
      req.flush({ items: [], totalCount: 1, page: 1, pageSize: 1, scope: 'Mine', counts: { mine: 1, groups: 2, overdue: 0, all: 3 } });
    }
    // The notification bell polls on its own; its requests are covered by notification-bell.spec.
    for (const r of TestBed.inject(HttpTestingController).match((q) => q.url.startsWith('/api/v1/notifications'))) {
      r.flush({ items: [], total: 0, unreadCount: 0, page: 1, pageSize: 10 });
    }
    verifyHttpAndReset();
  });

  async function openShellAs(user: CurrentUserDto) {
    await signInAs(user);
    const harness = await RouterTestingHarness.create('/projects');
    await settle(harness.fixture);
    return { harness, root: harness.fixture.nativeElement as HTMLElement };
  }

  function navLabels(root: HTMLElement): string[] {
    return [...root.querySelectorAll('[data-testid^="nav-"]')]
      .filter((el) => el.getAttribute('data-testid') !== 'nav-toggle')
      .map((el) => el.textContent!.trim());
  }

  describe('navigation', () => {
    it('shows the Vietnamese sections and hides Quản trị from a non-admin', async () => {
      const { root } = await openShellAs(OFFICER);

      expect(navLabels(root)).toEqual(['Tổng quan', 'Dự án', 'Góp vốn, mua CP', 'Công việc', 'Quy trình', 'Đề xuất chờ xác nhận', 'Ngoại lệ khóa sổ', 'Báo cáo doanh nghiệp', 'Báo cáo']);
      expect(byTestId(root, 'nav-admin')).toBeNull();
    });

    it('shows Quản trị to an admin', async () => {
      const { root } = await openShellAs(ADMIN);

      expect(navLabels(root)).toContain('Quản trị');
      expect(byTestId<HTMLAnchorElement>(root, 'nav-admin')!.getAttribute('href')).toBe('/admin');
    });

    it('marks the current section', async () => {
      const { root } = await openShellAs(OFFICER);

      expect(byTestId(root, 'nav-projects')!.classList).toContain('active');
      expect(byTestId(root, 'nav-projects')!.getAttribute('aria-current')).toBe('page');
      expect(byTestId(root, 'nav-dashboard')!.classList).not.toContain('active');
    });
  });

  describe('language switch', () => {
    it('switches the texts to English, sets <html lang> and remembers the choice', async () => {
      const { harness, root } = await openShellAs(OFFICER);
      expect(text(root, 'nav-projects')).toBe('Dự án');

      click(root, 'lang-en');
      await settle(harness.fixture);

      expect(text(root, 'nav-projects')).toBe('Projects');
      expect(text(root, 'nav-tasks')).toBe('Tasks');
      expect(text(root, 'user-roles')).toBe('Officer');
      expect(document.documentElement.lang).toBe('en');
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
      expect(byTestId(root, 'lang-en')!.getAttribute('aria-pressed')).toBe('true');

      click(root, 'lang-vi');
      await settle(harness.fixture);

      expect(text(root, 'nav-projects')).toBe('Dự án');
      expect(document.documentElement.lang).toBe('vi');
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('vi');
    });

    it('starts in the language stored by an earlier visit', async () => {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
      const { root } = await openShellAs(OFFICER);

      expect(text(root, 'nav-projects')).toBe('Projects');
      expect(document.documentElement.lang).toBe('en');
    });
  });

  describe('user menu', () => {
    it("shows the user's name and roles and signs out to /login", async () => {
      const { harness, root } = await openShellAs(ADMIN);
      expect(text(root, 'user-name')).toBe('Trần Văn Đức');
      expect(text(root, 'user-roles')).toBe('Quản trị viên, Chuyên viên');
      expect(byTestId(root, 'sign-out')).toBeNull();

      click(root, 'user-menu');
      await settle(harness.fixture);
      expect(text(root, 'sign-out')).toBe('Đăng xuất');

      click(root, 'sign-out');
      const logout = httpMock.expectOne('/api/account/logout');
      expect(logout.request.method).toBe('POST');
      logout.flush(null, { status: 204, statusText: 'No Content' });
      await settle(harness.fixture);

      expect(TestBed.inject(Router).url).toBe('/login');
      expect(TestBed.inject(AuthService).user()).toBeNull();
    });
  });
});
