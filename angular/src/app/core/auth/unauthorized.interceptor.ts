import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { getMe, login } from '../../api/functions';
import { AuthService, SESSION_PATH } from './auth.service';

/**
 * A 401 from any API call means the session is gone: back to the sign-in page, then to where the
 * user was. /me and login answer 401 as part of their contract and are left to their callers.
 */
export const unauthorizedInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const auth = inject(AuthService);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !isAuthCall(req.url)) {
        auth.clear();
        const current = router.url;
        if (!current.startsWith('/login')) {
          void router.navigate(['/login'], { queryParams: { returnUrl: current } });
        }
      }
      return throwError(() => error);
    }),
  );
};

function isAuthCall(url: string): boolean {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0];
  return path.endsWith(getMe.PATH) || path.endsWith(SESSION_PATH) || path.endsWith(login.PATH);
}
