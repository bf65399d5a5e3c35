import { HttpErrorResponse } from '@angular/common/http';

/** RFC 9457 problem details as the API returns them, with our stable `code`. */
export interface ApiProblem {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  code?: string | null;
  errors?: Record<string, string[]> | null;
}

/** The problem details carried by an HTTP error, if its body is one (JSON or a JSON string). */
export function problemOf(error: unknown): ApiProblem | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  let body: unknown = error.error;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return null;
    }
  }
  return body !== null && typeof body === 'object' ? (body as ApiProblem) : null;
}

/** One line for the user: every field message of the problem, else its detail or title. */
export function problemText(problem: Pick<ApiProblem, 'detail' | 'title' | 'errors'>): string | null {
  const messages = Object.values(problem.errors ?? {}).flat();
  return messages.length ? messages.join(' ') : (problem.detail ?? problem.title ?? null);
}
