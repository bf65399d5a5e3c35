import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { OFFICER, VIEWER, permissionsOf, signInAs, translocoForTests, verifyHttpAndReset } from '../../../testing/test-helpers';
import { Permissions } from './permission-names';
import { provideApiHttp } from '../http/http.providers';
import { CurrentUserDto } from '../../api/models';
import { canCreateProjects, canEditProjects, landingGuard, permissionGuard } from './role.guard';

@Component({ template: 'page' })
class PageStub {}

describe('role guards', () => {
  let harness: RouterTestingHarness;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [
        provideRouter([
          { path: 'forbidden', component: PageStub },
          { path: 'projects/new', component: PageStub, canActivate: [canCreateProjects] },
          { path: 'projects/:id/edit', component: PageStub, canActivate: [canEditProjects] },
          { path: 'admin', component: PageStub, canActivate: [permissionGuard(Permissions.Administration)] },
        ]),
        provideApiHttp(),
        provideHttpClientTesting(),
      ],
    });
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });
  afterEach(verifyHttpAndReset);

  it('sends a viewer who types /projects/new or an edit address to the "not allowed" page, keeping the address', async () => {
    await signInAs(VIEWER);

    await harness.navigateByUrl('/projects/new');
    expect(router.url).toBe('/forbidden?from=%2Fprojects%2Fnew');

    await harness.navigateByUrl('/projects/42/edit');
    expect(router.url).toBe('/forbidden?from=%2Fprojects%2F42%2Fedit');
  });

  it('lets an officer register and edit projects, but not administer', async () => {
    await signInAs(OFFICER);

    await harness.navigateByUrl('/projects/new');
    expect(router.url).toBe('/projects/new');
    await harness.navigateByUrl('/projects/42/edit');
    expect(router.url).toBe('/projects/42/edit');
    await harness.navigateByUrl('/admin');
    expect(router.url).toBe('/forbidden?from=%2Fadmin');
  });
});

const OWNER: CurrentUserDto = { id: 'u-owner', email: 'owner@investaid.local', displayName: 'Phạm Văn Chủ', roles: ['owner'], permissions: permissionsOf('owner'), language: 'vi' };
const AGENCY: CurrentUserDto = { id: 'u-agency', email: 'agency.finance@investaid.local', displayName: 'Sở Tài chính', roles: ['agency'], permissions: permissionsOf('agency'), language: 'vi' };

describe('landing guard (the dashboard)', () => {
  let harness: RouterTestingHarness;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [
        provideRouter([
          { path: '', pathMatch: 'full', component: PageStub, canActivate: [landingGuard] },
          { path: 'login', component: PageStub },
          { path: 'projects', component: PageStub },
          { path: 'tasks', component: PageStub },
        ]),
        provideApiHttp(),
        provideHttpClientTesting(),
      ],
    });
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });
  afterEach(verifyHttpAndReset);

  it('lands an owner on its projects when the app opens, and lets it open the dashboard from there', async () => {
    await signInAs(OWNER);

    await harness.navigateByUrl('/');
    expect(router.url).toBe('/projects');

    await harness.navigateByUrl('/');
    expect(router.url).toBe('/');
  });

  it('lands an agency on its tasks right after signing in, and lets it open the dashboard from any page', async () => {
    await harness.navigateByUrl('/login');
    await signInAs(AGENCY);

    await harness.navigateByUrl('/');
    expect(router.url).toBe('/tasks');

    await harness.navigateByUrl('/projects');
    await harness.navigateByUrl('/');
    expect(router.url).toBe('/');
  });

  it('opens the dashboard at once for the roles that see the whole province', async () => {
    await signInAs(VIEWER);

    await harness.navigateByUrl('/');
    expect(router.url).toBe('/');
  });
});
