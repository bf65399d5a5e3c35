import { Injectable, computed, inject } from '@angular/core';

import { AuthService } from './auth.service';
import { Permissions } from './permission-names';

/**
 * What the signed-in user may do in the registry, mirroring the API's permissions so that write
 * actions a user cannot take are not offered. The API still decides.
 */
@Injectable({ providedIn: 'root' })
export class RegistryPermissions {
  private readonly auth = inject(AuthService);

  private readonly staff = computed(() => (this.auth.user(), this.auth.can(Permissions.ProjectsCreate)));

  /** Register and import projects. */
  readonly canCreate = this.staff;
  /** Edit a project's description: staff, or an owner (who only ever sees its own projects). */
  readonly canEdit = computed(() => (this.auth.user(), this.auth.can(Permissions.ProjectsEdit)));
  /** Propose a change to a project's description: a consulted agency (the API takes it on the projects it was consulted on). */
  readonly canPropose = computed(() => !this.canEdit() && (this.auth.user(), this.auth.can(Permissions.ProposalsPropose)));
  /** Move a project through its statuses. */
  readonly canChangeStatus = this.staff;
  /** Record FDI capital events. */
  readonly canRecordCapital = this.staff;
  /** Maintain reference lists. */
  readonly canAdminReference = computed(() => (this.auth.user(), this.auth.can(Permissions.Administration)));
}
