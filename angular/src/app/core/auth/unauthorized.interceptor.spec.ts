import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';

import {
  OFFICER,
  signInAs,
  translocoForTests,
  verifyHttpAndReset,
} from '../../../testing/test-helpers';
import { provideApiHttp } from '../http/http.providers';
import { AuthService } from './auth.service';

@Component({ template: 'page' })
class PageStub {}

describe('API HTTP pipeline', () => {
  let http: HttpClient;
  let httpMock: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [
        provideRouter([
          { path: 'login', component: PageStub },
          { path: 'projects', component: PageStub },
        ]),
        provideApiHttp(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    httpMock = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/projects');
  });

  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    verifyHttpAndReset();
  });

  it('sends the user to /login when an API call answers 401', async () => {
    await signInAs(OFFICER);
    const call = firstValueFrom(http.get('/api/v1/projects'));
    httpMock.expectOne('/api/v1/projects').flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(call).rejects.toMatchObject({ status: 401 });
    await vi.waitFor(() => expect(router.url).toBe('/login?returnUrl=%2Fprojects'));

    expect(TestBed.inject(AuthService).user()).toBeNull();
  });

  it('leaves a 401 from /me to its caller', async () => {
    const user = TestBed.inject(AuthService).loadCurrentUser();
    httpMock.expectOne('/api/account/session').flush(null, { status: 401, statusText: 'Unauthorized' });

    await expect(user).resolves.toBeNull();
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/projects');
  });

  it('echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN on unsafe calls only', async () => {
    document.cookie = 'XSRF-TOKEN=token-123; path=/';

    const post = firstValueFrom(http.post('/api/account/logout', null));
    const postReq = httpMock.expectOne('/api/account/logout');
    expect(postReq.request.headers.get('X-XSRF-TOKEN')).toBe('token-123');
    postReq.flush(null, { status: 204, statusText: 'No Content' });
    await post;

    const get = firstValueFrom(http.get('/api/account/me'));
    const getReq = httpMock.expectOne('/api/account/me');
    expect(getReq.request.headers.has('X-XSRF-TOKEN')).toBe(false);
    getReq.flush(OFFICER);
    await get;
  });

  it('tells the API the interface culture', async () => {
    const get = firstValueFrom(http.get('/api/account/me'));
    const req = httpMock.expectOne('/api/account/me');
    expect(req.request.headers.get('Accept-Language')).toBe('vi-VN');
    req.flush(OFFICER);
    await get;
  });
});
