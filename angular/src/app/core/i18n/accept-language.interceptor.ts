import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';

import { LanguageService } from './language.service';

/** Tells the API the interface culture so it can localise messages (ProblemDetails.detail). */
export const acceptLanguageInterceptor: HttpInterceptorFn = (req, next) => {
  if (req.headers.has('Accept-Language')) {
    return next(req);
  }
  const culture = inject(LanguageService).culture();
  return next(req.clone({ setHeaders: { 'Accept-Language': culture } }));
};
