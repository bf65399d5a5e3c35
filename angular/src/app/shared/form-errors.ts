import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** "investors[0].countryCode" (the API's field path) → "investors.0.countryCode" (a form path). */
export function formPath(apiPath: string): string {
  return apiPath
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((part) => (part ? part[0].toLowerCase() + part.slice(1) : part))
    .join('.');
}

/** The first message per field of a ProblemDetails `errors` object, keyed by form path. */
export function fieldErrors(errors: Record<string, string[]> | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, messages] of Object.entries(errors ?? {})) {
    if (messages?.length) result[formPath(key)] = messages[0];
  }
  return result;
}

/** end ≥ start for two date controls of a group (yyyy-MM-dd compares as text). */
export function endNotBeforeStart(start: string, end: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const s = group.get(start)?.value;
    const e = group.get(end)?.value;
    return s && e && e < s ? { endBeforeStart: true } : null;
  };
}
