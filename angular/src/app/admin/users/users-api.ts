import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/*
 * The user administration endpoints (/api/v1/admin/users). Typed here until the generated client is
 * regenerated from the OpenAPI document (etc/gen-api); the shapes mirror UserAdminDtos.cs.
 */
export interface OwnedProject { id: string; code: string; nameVi: string; nameEn: string | null }
export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  agencyCode: string | null;
  disabled: boolean;
  projects: OwnedProject[];
}
export interface AdminUserPage { items: AdminUser[]; totalCount: number; page: number; pageSize: number }
export interface UserCreate { email: string; displayName: string; password: string; roles: string[]; agencyCode: string | null }
export interface UserUpdate { displayName: string; roles: string[]; agencyCode: string | null; disabled: boolean }

const BASE = '/api/v1/admin/users';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(q: string, page: number, pageSize = 20): Promise<AdminUserPage> {
    return firstValueFrom(this.http.get<AdminUserPage>(BASE, { params: { q, page, pageSize } }));
  }
  create(body: UserCreate): Promise<AdminUser> {
    return firstValueFrom(this.http.post<AdminUser>(BASE, body));
  }
  update(id: string, body: UserUpdate): Promise<AdminUser> {
    return firstValueFrom(this.http.put<AdminUser>(`${BASE}/${id}`, body));
  }
  resetPassword(id: string, password: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${BASE}/${id}/password`, { password }));
  }
  linkProjects(id: string, projectIds: string[]): Promise<AdminUser> {
    return firstValueFrom(this.http.put<AdminUser>(`${BASE}/${id}/projects`, { projectIds }));
  }
}
