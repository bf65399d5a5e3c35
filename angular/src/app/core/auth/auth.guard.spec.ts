import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import {
  OFFICER,
  signInAs,
  translocoForTests,
  verifyHttpAndReset,
} from '../../../testing/test-helpers';
import { provideApiHttp } from '../http/http.providers';
import { authGuard } from './auth.guard';
import { AuthService } from './auth.service';

@Component({ template: 'page' })
class PageStub {}

describe('authGuard', () => {
  let harness: RouterTestingHarness;
  let httpMock: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [
        provideRouter([
          { path: 'login', component: PageStub },
          {
            path: '',
            canActivate: [authGuard],
            children: [{ path: 'projects', component: PageStub }],
          },
        ]),
        provideApiHttp(),
        provideHttpClientTesting(),
      ],
    });
    httpMock = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  afterEach(verifyHttpAndReset);

  it('redirects to /login with the return URL when /me answers 401', async () => {
    const navigation = harness.navigateByUrl('/projects');
    const me = await vi.waitFor(() => httpMock.expectOne('/api/account/session'));
    me.flush(null, { status: 401, statusText: 'Unauthorized' });
    await navigation;

    expect(router.url).toBe('/login?returnUrl=%2Fprojects');
    expect(TestBed.inject(AuthService).user()).toBeNull();
  });

  it('lets the user in when /me answers with the user', async () => {
    const navigation = harness.navigateByUrl('/projects');
    const me = await vi.waitFor(() => httpMock.expectOne('/api/account/session'));
    me.flush(OFFICER);
    await navigation;

    expect(router.url).toBe('/projects');
    expect(TestBed.inject(AuthService).user()?.displayName).toBe('Nguyễn Thị Lan');
  });

  it('does not ask the API again once the user is known', async () => {
    await signInAs(OFFICER);
    await harness.navigateByUrl('/projects');

    expect(router.url).toBe('/projects');
    httpMock.expectNone('/api/account/session');
  });
});
