import { HttpContext, HttpContextToken, HttpInterceptorFn } from '@angular/common/http';

/**
 * The version a write is based on. The generated client has no If-Match parameter, so callers
 * put the version in the request context and this interceptor turns it into the header.
 */
export const IF_MATCH = new HttpContextToken<string | null>(() => null);

export function ifMatch(version: string | null | undefined): HttpContext {
  return new HttpContext().set(IF_MATCH, version ?? null);
}

export const ifMatchInterceptor: HttpInterceptorFn = (req, next) => {
  const version = req.context.get(IF_MATCH);
  return next(version ? req.clone({ setHeaders: { 'If-Match': `"${version}"` } }) : req);
};
