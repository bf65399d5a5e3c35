import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';

import { provideApiConfiguration } from '../../api/api-configuration';
import { unauthorizedInterceptor } from '../auth/unauthorized.interceptor';
import { acceptLanguageInterceptor } from '../i18n/accept-language.interceptor';
import { ifMatchInterceptor } from './if-match';

/** HttpClient as the app uses it against the API (cookie auth), shared with the unit tests. */
export function provideApiHttp(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(
      // The API sets a readable XSRF-TOKEN cookie; unsafe same-origin calls echo it back.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([acceptLanguageInterceptor, ifMatchInterceptor, unauthorizedInterceptor]),
    ),
    // Same origin as the page, whatever server the OpenAPI document names.
    provideApiConfiguration(''),
  ]);
}
