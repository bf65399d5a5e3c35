import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { AuthService } from './auth.service';

/** Lets a signed-in user through; asks the API (/me) when the app does not know the user yet. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (auth.isSignedIn()) {
    return true;
  }
  let user = null;
  try {
    user = await auth.loadCurrentUser();
  } catch {
    user = null; // API unreachable: the sign-in page will show the error when the user retries
  }
  return user ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};
