import { Injectable, computed, inject } from '@angular/core';

import { AuthService } from '../core/auth/auth.service';

/** What the user may do with procedures and dossiers, mirroring the API's policies (the API still decides). */
@Injectable({ providedIn: 'root' })
export class ProcedurePermissions {
  private readonly auth = inject(AuthService);
  private readonly staff = computed(() => (this.auth.user(), this.auth.hasRole('admin') || this.auth.hasRole('officer')));

  /** Upload, publish and retire procedure versions. */
  readonly canManageDefinitions = this.staff;
  /** Receive a dossier into a procedure. */
  readonly canStartDossier = this.staff;
  /** Add documents to a dossier. */
  readonly canUploadDocuments = this.staff;
  /** Suspend a running procedure and resume it. */
  readonly canHoldProcedure = this.staff;
}
