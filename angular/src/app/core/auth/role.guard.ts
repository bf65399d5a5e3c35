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
/** Edit a project's description: staff, or an owner on its own project (the API checks the scope). */
export const canEditProjects = roleGuard('admin', 'officer', 'owner');

/** The first page of a role that has no use for the dashboard's province-wide figures. */
export const landingGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  if (auth.hasRole('admin') || auth.hasRole('officer') || auth.hasRole('leader') || auth.hasRole('approver') || auth.hasRole('viewer')) {
    return true;
  }
  if (auth.hasRole('agency')) return inject(Router).createUrlTree(['/tasks']);
  if (auth.hasRole('owner')) return inject(Router).createUrlTree(['/projects']);
  return true;
};
