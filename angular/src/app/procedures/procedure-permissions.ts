import { Injectable, computed, inject } from '@angular/core';

import { AuthService } from '../core/auth/auth.service';
import { Permission, Permissions } from '../core/auth/permission-names';

/** What the user may do with procedures and dossiers, mirroring the API's policies (the API still decides). */
@Injectable({ providedIn: 'root' })
export class ProcedurePermissions {
  private readonly auth = inject(AuthService);
  private granted(permission: Permission) {
    return computed(() => (this.auth.user(), this.auth.can(permission)));
  }

  /** Upload, publish and retire procedure versions. */
  readonly canManageDefinitions = this.granted(Permissions.WorkflowsManageDefinitions);
  /** Receive a dossier into a procedure. */
  readonly canStartDossier = this.granted(Permissions.DossiersCreate);
  /** Add documents to a dossier. */
  readonly canUploadDocuments = this.granted(Permissions.DossiersCreate);
  /** Suspend a running procedure and resume it. */
  readonly canHoldProcedure = this.granted(Permissions.WorkflowsStartInstances);
}
