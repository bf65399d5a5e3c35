/** The outcome buttons of a task and the rules of a completion, as the procedure model defines them. */

/** Outcomes that send a dossier back or refuse it: the server requires a comment for them. */
export const COMMENT_REQUIRED = new Set(['reject', 'return']);

export type OutcomeTone = 'primary' | 'danger' | 'default';

export interface OutcomeButton {
  outcome: string;
  tone: OutcomeTone;
  commentRequired: boolean;
}

const TONES: Record<string, OutcomeTone> = {
  approve: 'primary',
  complete: 'primary',
  agree: 'primary',
  pass: 'primary',
  submit: 'primary',
  forward: 'primary',
  sign: 'primary',
  reject: 'danger',
  disagree: 'danger',
};

/**
 * The buttons come from the task's outcomes (ia:outcomes in the model), in the model's order.
 * A task without declared outcomes is simply completed: one "complete" button.
 */
export function outcomeButtons(outcomes: readonly string[] | null | undefined): OutcomeButton[] {
  const list = outcomes && outcomes.length ? outcomes : ['complete'];
  return list.map((outcome) => ({
    outcome,
    tone: TONES[outcome] ?? 'default',
    commentRequired: COMMENT_REQUIRED.has(outcome),
  }));
}

export function commentMissing(outcome: string, comment: string | null | undefined): boolean {
  return COMMENT_REQUIRED.has(outcome) && !(comment ?? '').trim();
}

/**
 * One Idempotency-Key per submission: a retry of the same submission (same task, outcome and
 * comment, e.g. after a network error or a double click) sends the same key, so the server
 * answers with the first result and changes nothing; a different submission gets a new key.
 */
export class SubmissionKeys {
  private last: { fingerprint: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  keyFor(taskId: string, outcome: string, comment: string): string {
    const fingerprint = JSON.stringify([taskId, outcome, comment.trim()]);
    if (this.last?.fingerprint !== fingerprint) {
      this.last = { fingerprint, key: this.newKey() };
    }
    return this.last.key;
  }

  /** After a definite answer (success, or a validation error the user must fix) the next click is new. */
  reset(): void {
    this.last = null;
  }
}
