import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/* Validated data: outside-edit proposals, frozen periods and enterprises' periodic reports (hand-written until the client is regenerated). */

export type ProposalStatus = 'Pending' | 'Accepted' | 'PartiallyAccepted' | 'Rejected';

export interface ProposalField {
  field: string;
  labelVi: string;
  labelEn: string;
  oldValue: string | null;
  newValue: string | null;
  accepted: boolean | null;
}

export interface Proposal {
  id: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  kind: string;
  status: ProposalStatus;
  reason: string;
  attachments: string[];
  changes: ProposalField[];
  proposedByName: string | null;
  proposedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  autoAccepted: boolean;
}

export interface Paged<T> {
  items: T[];
  totalCount: number;
  page: number;
  pageSize: number;
}

export type ReportPeriodKind = 'Quarterly' | 'Yearly';
export type EnterpriseReportStatus = 'Filed' | 'Accepted' | 'Returned' | 'Superseded';

export interface ReportFormField {
  key: string;
  labelVi: string;
  labelEn: string;
  unit: string;
  wholeNumber: boolean;
}

export interface ReportForm {
  version: string;
  titleVi: string;
  titleEn: string;
  legalBasis: string;
  fields: ReportFormField[];
}

export interface EnterpriseReport {
  id: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  enterpriseName: string | null;
  periodKind: ReportPeriodKind;
  year: number;
  quarter: number;
  revision: number;
  formVersion: string;
  values: Record<string, number>;
  note: string | null;
  status: EnterpriseReportStatus;
  filedByName: string | null;
  filedAt: string;
  dueDate: string;
  filedLate: boolean;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
}

export interface MissingReport {
  projectId: string;
  projectCode: string;
  projectName: string;
  enterpriseName: string | null;
  dueDate: string;
  daysOverdue: number;
  escalated: boolean;
  returnedOnly: boolean;
}

export interface MissingReports {
  periodKind: ReportPeriodKind;
  year: number;
  quarter: number;
  dueDate: string;
  expected: number;
  filed: number;
  missing: MissingReport[];
}

export interface FileReportRequest {
  projectId: string;
  periodKind: ReportPeriodKind;
  year: number;
  quarter: number | null;
  values: Record<string, unknown>;
  note?: string | null;
}

export interface FreezeException {
  id: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  year: number;
  month: number;
  reason: string;
  grantedByName: string | null;
  grantedAt: string;
  usedAt: string | null;
  usedFor: string | null;
}

export type FreezeCoverage = 'FdiLedger' | 'AidFinance' | 'All';

export interface FrozenCheck {
  date: string;
  coverage: FreezeCoverage;
  frozen: boolean;
  reasonVi: string | null;
  reasonEn: string | null;
}

@Injectable({ providedIn: 'root' })
export class ReviewApi {
  private readonly http = inject(HttpClient);

  proposals(query: { projectId?: string; status?: ProposalStatus; page?: number; pageSize?: number }): Promise<Paged<Proposal>> {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params[k] = String(v);
    return firstValueFrom(this.http.get<Paged<Proposal>>('/api/v1/proposals', { params }));
  }

  accept(id: string, fields: string[] | null, comment: string | null): Promise<Proposal> {
    return firstValueFrom(this.http.post<Proposal>(`/api/v1/proposals/${id}/accept`, { fields, comment }));
  }

  reject(id: string, comment: string): Promise<Proposal> {
    return firstValueFrom(this.http.post<Proposal>(`/api/v1/proposals/${id}/reject`, { comment }));
  }

  forms(): Promise<ReportForm[]> {
    return firstValueFrom(this.http.get<ReportForm[]>('/api/v1/enterprise-reports/forms'));
  }

  reports(query: { projectId?: string; status?: EnterpriseReportStatus; page?: number; pageSize?: number }): Promise<Paged<EnterpriseReport>> {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params[k] = String(v);
    return firstValueFrom(this.http.get<Paged<EnterpriseReport>>('/api/v1/enterprise-reports', { params }));
  }

  file(body: FileReportRequest): Promise<EnterpriseReport> {
    return firstValueFrom(this.http.post<EnterpriseReport>('/api/v1/enterprise-reports', body));
  }

  revise(id: string, body: FileReportRequest): Promise<EnterpriseReport> {
    return firstValueFrom(this.http.post<EnterpriseReport>(`/api/v1/enterprise-reports/${id}/revisions`, body));
  }

  acceptReport(id: string, comment: string | null): Promise<EnterpriseReport> {
    return firstValueFrom(this.http.post<EnterpriseReport>(`/api/v1/enterprise-reports/${id}/accept`, { comment }));
  }

  returnReport(id: string, comment: string): Promise<EnterpriseReport> {
    return firstValueFrom(this.http.post<EnterpriseReport>(`/api/v1/enterprise-reports/${id}/return`, { comment }));
  }

  missing(year: number, quarter: number): Promise<MissingReports> {
    return firstValueFrom(this.http.get<MissingReports>('/api/v1/enterprise-reports/missing', { params: { year, quarter } }));
  }

  /** The FDI projects the user sees (an owner: its own), for choosing what to report on. */
  async fdiProjects(): Promise<{ id: string; code: string; nameVi: string }[]> {
    const page = await firstValueFrom(this.http.get<Paged<{ id: string; code: string; nameVi: string }>>('/api/v1/projects', { params: { kind: 'Fdi', pageSize: 200 } }));
    return page.items;
  }

  freezeExceptions(projectId?: string): Promise<FreezeException[]> {
    const params: Record<string, string> = projectId ? { projectId } : {};
    return firstValueFrom(this.http.get<FreezeException[]>('/api/v1/freezes/exceptions', { params }));
  }

  grantFreezeException(body: { projectId: string; year: number; month: number; reason: string }): Promise<FreezeException> {
    return firstValueFrom(this.http.post<FreezeException>('/api/v1/freezes/exceptions', body));
  }

  checkFrozen(date: string, coverage: FreezeCoverage): Promise<FrozenCheck> {
    return firstValueFrom(this.http.get<FrozenCheck>('/api/v1/freezes/check', { params: { date, coverage } }));
  }

  /** Every project the user sees, by code, for choosing one. */
  async projects(): Promise<{ id: string; code: string; nameVi: string; nameEn: string | null; kind: string }[]> {
    const page = await firstValueFrom(
      this.http.get<Paged<{ id: string; code: string; nameVi: string; nameEn: string | null; kind: string }>>('/api/v1/projects', { params: { pageSize: 200, sort: 'code' } }),
    );
    return page.items;
  }

  consolidatedUrl(year: number, quarter: number): string {
    return `/api/v1/enterprise-reports/consolidated/${year}/${quarter}`;
  }
}

/** The last quarter that has ended (Vietnam time), as the enterprises report it. */
export function lastEndedQuarter(today = new Date()): { year: number; quarter: number } {
  const vn = new Date(today.getTime() + 7 * 3600_000);
  const q = Math.floor(vn.getUTCMonth() / 3);
  return q === 0 ? { year: vn.getUTCFullYear() - 1, quarter: 4 } : { year: vn.getUTCFullYear(), quarter: q };
}
