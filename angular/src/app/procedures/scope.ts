import { provideTranslocoScope } from '@jsverse/transloco';

/**
 * The procedures feature's texts live in assets/i18n/procedures/{vi,en}.json, loaded with this
 * scope, so that keys read `procedures.inbox.title` and the shared files stay untouched.
 */
export const PROCEDURES_SCOPE = 'procedures';

export function provideProceduresScope() {
  return provideTranslocoScope(PROCEDURES_SCOPE);
}
