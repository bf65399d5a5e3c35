import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

export type LegalStatus = 'Confirmed' | 'Secondary' | 'Unconfirmed';
export type LegalUnit = 'CalendarDays' | 'WorkingDays' | 'Months' | 'Usd' | 'Percent' | 'DayOfYear' | 'Count';
export const LEGAL_UNITS: LegalUnit[] = ['CalendarDays', 'WorkingDays', 'Months', 'Usd', 'Percent', 'DayOfYear', 'Count'];
export const LEGAL_STATUSES: LegalStatus[] = ['Confirmed', 'Secondary', 'Unconfirmed'];

export interface LegalCitation {
  documentNumber: string;
  documentTitle?: string | null;
  article?: string | null;
  clause?: string | null;
  status: LegalStatus;
}

export interface LegalParameterVersion {
  id: string;
  name: string;
  titleVi: string;
  titleEn?: string | null;
  value: string;
  unit: LegalUnit;
  modelValue: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  citation: LegalCitation;
  status: LegalStatus;
  note?: string | null;
  changedBy: string;
  changedAt: string;
  supersededAt?: string | null;
}

export interface LegalParameter {
  name: string;
  titleVi: string;
  titleEn?: string | null;
  on: string;
  inForce?: LegalParameterVersion | null;
  versions: LegalParameterVersion[];
}

export interface SaveLegalParameterVersion {
  titleVi: string;
  titleEn?: string | null;
  value: string;
  unit: LegalUnit;
  effectiveFrom: string;
  documentNumber: string;
  article?: string | null;
  clause?: string | null;
  status: LegalStatus;
  note?: string | null;
  replacesId?: string | null;
}

export interface AffectedDossier {
  dossierId: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  procedureKey: string;
  procedureVersion: number;
  receivedOn: string;
  recordedValue?: string | null;
  newValue: string;
  dueDateBefore?: string | null;
  dueDateAfter?: string | null;
}

export interface CitingProcedure {
  key: string;
  version: number;
  name: string;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  legalBasis?: string | null;
  mentionsUnconfirmed: boolean;
}

export interface LegalDocument {
  id: string;
  number: string;
  kind: string;
  titleVi: string;
  titleEn?: string | null;
  issuedOn?: string | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  replacedBy?: string | null;
  status: LegalStatus;
  note?: string | null;
  procedures: CitingProcedure[];
  parameters: LegalParameterVersion[];
  unconfirmedCount: number;
}

export interface HolidayNotice {
  id: string;
  year: number;
  number: string;
  issuedOn?: string | null;
  title?: string | null;
  enteredBy: string;
  enteredAt: string;
}

export interface CalendarYear {
  year: number;
  notices: HolidayNotice[];
  noticeMissing: boolean;
  warning?: string | null;
}

export interface CalendarAdjustment {
  date: string;
  kind: 'DayOff' | 'WorkingDay';
  reason: string;
  notice: string;
}

/** The legal-data endpoints (parameters, documents, holiday notices) over the app's HttpClient (cookie + XSRF). */
@Injectable({ providedIn: 'root' })
export class LegalApi {
  private readonly http = inject(HttpClient);

  parameters(): Promise<LegalParameter[]> {
    return firstValueFrom(this.http.get<LegalParameter[]>('/api/v1/legal/parameters'));
  }

  history(name: string): Promise<LegalParameterVersion[]> {
    return firstValueFrom(this.http.get<LegalParameterVersion[]>(`/api/v1/legal/parameters/${encodeURIComponent(name)}/history`));
  }

  saveVersion(name: string, body: SaveLegalParameterVersion): Promise<LegalParameterVersion> {
    return firstValueFrom(this.http.post<LegalParameterVersion>(`/api/v1/legal/parameters/${encodeURIComponent(name)}/versions`, body));
  }

  affected(name: string, id: string): Promise<AffectedDossier[]> {
    return firstValueFrom(this.http.get<AffectedDossier[]>(`/api/v1/legal/parameters/${encodeURIComponent(name)}/versions/${id}/affected`));
  }

  apply(name: string, id: string): Promise<{ applied: number; dossiers: AffectedDossier[] }> {
    return firstValueFrom(
      this.http.post<{ applied: number; dossiers: AffectedDossier[] }>(`/api/v1/legal/parameters/${encodeURIComponent(name)}/versions/${id}/apply`, null),
    );
  }

  documents(): Promise<LegalDocument[]> {
    return firstValueFrom(this.http.get<LegalDocument[]>('/api/v1/legal/documents'));
  }

  years(): Promise<CalendarYear[]> {
    return firstValueFrom(this.http.get<CalendarYear[]>('/api/v1/calendar/years'));
  }

  addNotice(body: { year: number; number: string; issuedOn: string; title?: string | null }): Promise<HolidayNotice> {
    return firstValueFrom(this.http.post<HolidayNotice>('/api/v1/calendar/notices', body));
  }

  adjustments(year: number): Promise<CalendarAdjustment[]> {
    return firstValueFrom(this.http.get<CalendarAdjustment[]>('/api/v1/calendar/adjustments', { params: { year } }));
  }

  saveAdjustment(body: CalendarAdjustment): Promise<CalendarAdjustment> {
    return firstValueFrom(this.http.post<CalendarAdjustment>('/api/v1/calendar/adjustments', body));
  }
}
