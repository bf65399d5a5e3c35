import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { AuthService, Role } from './auth.service';

/** For routes below authGuard: users without the role are sent to the dashboard. */
export function roleGuard(role: Role): CanActivateFn {
  return () => inject(AuthService).hasRole(role) || inject(Router).createUrlTree(['/']);
}
