import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';

import { Api } from '../../api/api';
import { getSession, login, logout } from '../../api/functions';
import { CurrentUserDto } from '../../api/models';
import { Permission, Permissions } from './permission-names';

/** A role's name, for display only: what a user may do is decided by {@link AuthService.can}. */
export type Role = 'admin' | 'officer' | 'approver' | 'leader' | 'agency' | 'owner' | 'viewer' | 'worker';

/** The browser's session: the user, or 204 when signed out (GET /api/account/session). */
export const SESSION_PATH = '/api/account/session';

/** Cookie-mode authentication against the API, through the generated client. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(Api);

  private readonly currentUser = signal<CurrentUserDto | null>(null);
  readonly user = this.currentUser.asReadonly();
  readonly isSignedIn = computed(() => this.currentUser() !== null);
  readonly isAdmin = computed(() => this.can(Permissions.Administration));

  /** The server grants the signed-in user this permission (GET /api/account/me lists them from its policies). */
  can(permission: Permission): boolean {
    return this.currentUser()?.permissions.includes(permission) ?? false;
  }

  /**
   * Asks the API who is signed in; null when there is no session (204) or it has expired (401).
   * The session endpoint answers 204 rather than 401 for a signed-out browser, so loading the
   * sign-in page logs no failed request.
   */
  async loadCurrentUser(): Promise<CurrentUserDto | null> {
    try {
      // 204 (signed out) arrives as a null body.
      const user = ((await this.api.invoke(getSession)) as CurrentUserDto | null) || null;
      this.currentUser.set(user);
      return user;
    } catch (error) {
      this.currentUser.set(null);
      if (error instanceof HttpErrorResponse && error.status === 401) {
        return null;
      }
      throw error;
    }
  }

  /** Signs in (the API sets the auth cookie) and loads the user. Rejects with the HTTP error. */
  async signIn(email: string, password: string): Promise<CurrentUserDto | null> {
    await this.api.invoke(login, { useCookies: true, body: { email, password } });
    return this.loadCurrentUser();
  }

  async signOut(): Promise<void> {
    try {
      await this.api.invoke(logout);
    } finally {
      this.currentUser.set(null);
    }
  }

  /** Forgets the user locally, e.g. after the API answered 401 to some call. */
  clear(): void {
    this.currentUser.set(null);
  }
}
