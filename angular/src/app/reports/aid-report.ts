/*
 * GET /reports/oda, /reports/ngo and /reports/draft answer JSON or a file (format=xlsx / docx), so the OpenAPI document carries no
 * schema for them; these mirror InvestAid.Reports.OdaReportDto / NgoReportDto / ReportDraftDto (Application.Contracts/Reports).
 */

/** Plan vs disbursed; planVnd, disbursedVnd, planUsd, disbursedUsd are FOREIGN capital, counterpart apart. planUsd null = no rate. */
export interface OdaReportRow {
  code: string | null;
  nameVi: string | null;
  nameEn: string | null;
  donorCode: string | null;
  donorNameVi?: string | null;
  donorNameEn?: string | null;
  projects: number;
  planVnd: number;
  disbursedVnd: number;
  planUsd: number | null;
  disbursedUsd: number;
  disbursementRate: number | null;
  kinds: string[];
  planCounterpartVnd: number;
  disbursedCounterpartVnd: number;
  planCounterpartUsd: number | null;
  disbursedCounterpartUsd: number;
  counterpartDisbursementRate: number | null;
  usdRateMissing: boolean;
  status: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  inImplementation: boolean;
  startedInPeriod: boolean;
  completedInPeriod: boolean;
  planRevision: number | null;
  planEffectiveDate: string | null;
}

export interface OdaImplementation {
  inImplementation: number;
  newlyStarted: number;
  completed: number;
  inImplementationCodes: string[];
  newlyStartedCodes: string[];
  completedCodes: string[];
}

export interface OdaReportDto {
  year: number;
  planAsOf: string;
  byProject: OdaReportRow[];
  byDonor: OdaReportRow[];
  bySource: OdaReportRow[];
  total: OdaReportRow;
  from: string;
  to: string;
  planYear: number;
  rateDate: string | null;
  implementation: OdaImplementation;
}

export interface NgoReportRow {
  code: string | null;
  nameVi: string | null;
  nameEn: string | null;
  programmes: number;
  committedUsd: number;
  commitmentInPeriodUsd: number;
  receivedUsd: number;
  receivedVnd: number;
  scheduleMissing: boolean;
  donorCode: string | null;
  donorNameVi: string | null;
  donorNameEn?: string | null;
  status: string | null;
  decisionNumber: string | null;
  approvalDate: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  fieldCode: string | null;
  placeCode: string | null;
  placeNameVi: string | null;
  /** Every place the programme lies in (each commune it names, or the province). */
  places?: string[];
  placesEn?: string[];
}

export interface NgoDossierRow {
  procedureKey: string;
  nameVi: string;
  nameEn: string;
  received: number;
  waiting: number;
  waitingProjectCodes: string[];
}

export interface NgoReportDto {
  year: number;
  programmes: number;
  donorOrganisations: number;
  byDonor: NgoReportRow[];
  byField: NgoReportRow[];
  byProgramme: NgoReportRow[];
  total: NgoReportRow;
  from: string;
  to: string;
  approved: { count: number; committedUsd: number; byDonor: NgoReportRow[]; byDecision: NgoReportRow[] };
  byPlace: NgoReportRow[];
  approvedNotStarted: NgoReportRow[];
  dossiers: { received: number; waiting: number; byProcedure: NgoDossierRow[] };
  receivedInPeriodUsd: number;
}

export interface DraftSegment {
  text: string;
  key: string | null;
  link: string | null;
  rows: string[] | null;
}

export interface DraftParagraph {
  section: string;
  heading: string;
  segments: DraftSegment[];
  text: string;
}

export interface ReportDraftDto {
  from: string;
  to: string;
  vi: DraftParagraph[];
  en: DraftParagraph[];
}
