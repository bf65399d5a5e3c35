/*
 * GET /reports/oda and /reports/ngo answer JSON or an .xlsx file (format=xlsx), so the OpenAPI document carries no
 * schema for them; these mirror InvestAid.Reports.OdaReportDto / NgoReportDto (Application.Contracts/Reports).
 */
export interface OdaReportRow {
  code: string | null;
  nameVi: string | null;
  nameEn: string | null;
  donorCode: string | null;
  projects: number;
  planVnd: number;
  disbursedVnd: number;
  planUsd: number;
  disbursedUsd: number;
  disbursementRate: number | null;
  kinds: string[];
}

export interface OdaReportDto {
  year: number;
  planAsOf: string;
  byProject: OdaReportRow[];
  byDonor: OdaReportRow[];
  bySource: OdaReportRow[];
  total: OdaReportRow;
}

export interface NgoReportRow {
  code: string | null;
  nameVi: string | null;
  nameEn: string | null;
  programmes: number;
  committedInYearUsd: number;
  committedInForceUsd: number;
  receivedUsd: number;
  receivedVnd: number;
}

export interface NgoReportDto {
  year: number;
  programmes: number;
  donorOrganisations: number;
  byDonor: NgoReportRow[];
  byField: NgoReportRow[];
  byProgramme: NgoReportRow[];
  total: NgoReportRow;
}
