import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { AuthService } from '../core/auth/auth.service';
import { safeReturnUrl } from '../core/auth/return-url';
import { problemOf } from '../core/http/problem-details';
import { LanguageService } from '../core/i18n/language.service';
import { Icon } from '../shared/icon/icon';
import { LanguageSwitch } from '../shared/language-switch/language-switch';

/** Our translation of the API's stable error codes, used when the server sends no message. */
const CODE_MESSAGES: Record<string, string> = {
  'account.invalid-credentials': 'login.errors.invalidCredentials',
  'account.locked-out': 'login.errors.lockedOut',
};

@Component({
  selector: 'app-login-page',
  imports: [ReactiveFormsModule, TranslocoPipe, Icon, LanguageSwitch],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly submitted = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly showPassword = signal(false);

  protected showErrors(control: 'email' | 'password'): boolean {
    const c = this.form.controls[control];
    return c.invalid && (c.touched || this.submitted());
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.serverError.set(null);
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.form.disable({ emitEvent: false });
    try {
      const user = await this.auth.signIn(email.trim(), password);
      if (!user) {
        // Signed in, yet /me does not see the session: the browser refused the auth cookie.
        this.serverError.set(this.transloco.translate('login.errors.generic'));
        this.form.enable({ emitEvent: false });
        return;
      }
      const returnUrl = safeReturnUrl(this.route.snapshot.queryParamMap.get('returnUrl'));
      await this.router.navigateByUrl(returnUrl);
    } catch (error) {
      this.serverError.set(this.messageFor(error));
      this.form.enable({ emitEvent: false });
      // Clear the password for the retry without flagging the now-empty field as an error.
      this.form.controls.password.reset();
      this.submitted.set(false);
    } finally {
      this.submitting.set(false);
    }
  }

  /**
   * The API's own message (detail) when it speaks the user's language, else our text for its
   * code. The server writes Vietnamese; an English user gets our translation when we have one.
   */
  private messageFor(error: unknown): string {
    const problem = problemOf(error);
    const codeKey = problem?.code ? CODE_MESSAGES[problem.code] : undefined;
    const translated = codeKey ? this.transloco.translate(codeKey) : null;
    const detail = problem?.detail?.trim() || null;
    const preferred =
      this.language.language() === 'vi' ? (detail ?? translated) : (translated ?? detail);
    if (preferred) {
      return preferred;
    }
    if (error instanceof HttpErrorResponse && error.status === 0) {
      return this.transloco.translate('login.errors.network');
    }
    if (error instanceof HttpErrorResponse && error.status === 401) {
      return this.transloco.translate('login.errors.invalidCredentials');
    }
    return this.transloco.translate('login.errors.generic');
  }
}
