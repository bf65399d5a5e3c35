import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';
import { Permission, Permissions } from './permission-names';

/** Where a user who may not open a page is sent: a page that says so, with the address kept. */
export const FORBIDDEN_PATH = '/forbidden';

/**
 * For routes below authGuard: users granted none of the permissions land on the "not allowed" page (not on
 * a form that fails when saved). The API still decides; this only keeps people out of pages they
 * cannot use.
 */
export function permissionGuard(...permissions: Permission[]): CanActivateFn {
  return (_route, state) =>
    permissions.some((permission) => inject(AuthService).can(permission)) ||
    inject(Router).createUrlTree([FORBIDDEN_PATH], { queryParams: { from: state.url } });
}

/** Register a project: staff only. */
export const canCreateProjects = permissionGuard(Permissions.ProjectsCreate);
/** Edit a project's description: staff, or an owner on its own project, or a consulted agency as a proposal (the API checks the scope). */
export const canEditProjects = permissionGuard(Permissions.ProjectsEdit, Permissions.ProposalsPropose);

/**
 * The dashboard is open to every role: the API computes its figures over the user's scope (an owner's own projects, an agency's
 * projects of the dossiers it was consulted on). Owners and agencies still arrive on their working page (their projects, their
 * tasks) when they open the app or have just signed in; from the menu they open the dashboard like anyone.
 */
export const landingGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  // Province-wide figures: staff, approvers, leaders, viewers.
  if (auth.can(Permissions.ReportsProvince)) {
    return true;
  }
  // An owner edits its own projects; a consulted agency only proposes changes and works on its tasks.
  const landing = auth.can(Permissions.ProjectsEdit) ? '/projects' : auth.can(Permissions.ProposalsPropose) ? '/tasks' : null;
  return landing && arriving(router) ? router.createUrlTree([landing]) : true;
};

/** True on the app's first navigation and on the one right after the sign-in page. */
function arriving(router: Router): boolean {
  const previous = router.currentNavigation()?.previousNavigation;
  const from = previous?.finalUrl ? router.serializeUrl(previous.finalUrl) : null;
  return from === null || from.startsWith('/login');
}
