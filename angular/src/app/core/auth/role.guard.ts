import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService, Role } from './auth.service';

/** Where a user who may not open a page is sent: a page that says so, with the address kept. */
export const FORBIDDEN_PATH = '/forbidden';

/**
 * For routes below authGuard: users with none of the roles land on the "not allowed" page (not on
 * a form that fails when saved). The API still decides; this only keeps people out of pages they
 * cannot use.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return (_route, state) =>
    roles.some((role) => inject(AuthService).hasRole(role)) ||
    inject(Router).createUrlTree([FORBIDDEN_PATH], { queryParams: { from: state.url } });
}

/** Register a project: staff only. */
export const canCreateProjects = roleGuard('admin', 'officer');
/** Edit a project's description: staff, or an owner on its own project, or a consulted agency as a proposal (the API checks the scope). */
export const canEditProjects = roleGuard('admin', 'officer', 'owner', 'agency');

/**
 * The dashboard is open to every role: the API computes its figures over the user's scope (an owner's own projects, an agency's
 * projects of the dossiers it was consulted on). Owners and agencies still arrive on their working page (their projects, their
 * tasks) when they open the app or have just signed in; from the menu they open the dashboard like anyone.
 */
export const landingGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (auth.hasRole('admin') || auth.hasRole('officer') || auth.hasRole('leader') || auth.hasRole('approver') || auth.hasRole('viewer')) {
    return true;
  }
  const landing = auth.hasRole('agency') ? '/tasks' : auth.hasRole('owner') ? '/projects' : null;
  return landing && arriving(router) ? router.createUrlTree([landing]) : true;
};

/** True on the app's first navigation and on the one right after the sign-in page. */
function arriving(router: Router): boolean {
  const previous = router.currentNavigation()?.previousNavigation;
  const from = previous?.finalUrl ? router.serializeUrl(previous.finalUrl) : null;
  return from === null || from.startsWith('/login');
}
