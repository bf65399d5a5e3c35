import { FdiPublicationDto } from '../api/models';

/*
 * GET /reports/fdi-monthly answers JSON or an .xlsx file, so the OpenAPI document carries no schema
 * for it; these mirror InvestAid.Reports.FdiMonthlyReportDto (Application.Contracts/Reports).
 */
export interface FdiFigures {
  newProjects: number;
  newCapitalUsd: number;
  adjustedProjects: number;
  increaseCount: number;
  increaseCapitalUsd: number;
  decreaseCount: number;
  decreaseCapitalUsd: number;
  contributionCount: number;
  contributionValueUsd: number;
  terminatedProjects: number;
  terminatedCapitalUsd: number;
  totalNewAndAddedUsd: number;
  totalWithContributionsUsd: number;
  validProjects: number;
  validCapitalUsd: number;
}

export interface FdiBreakdownRow {
  code: string | null;
  nameVi: string | null;
  nameEn: string | null;
  figures: FdiFigures;
}

export interface FdiMonthlyReportDto {
  year: number;
  month: number;
  periodFrom: string;
  cutoff: string;
  previousPeriodFrom: string;
  previousCutoff: string;
  figures: {
    current: FdiFigures;
    previous: FdiFigures;
    changePercent: Record<string, number | null>;
    implemented: {
      valueUsd: number;
      isEstimate: boolean;
      /** The server's Vietnamese sentence (kept in the Excel); the page builds it in the user's language from the fields below. */
      note: string | null;
      quarters?: number;
      through?: string | null;
      expectedReports?: number;
      missingReports?: number;
    };
    breakdowns: Record<'byCountry' | 'bySection' | 'byCommune' | 'byIndustrialZone', FdiBreakdownRow[]>;
  };
  published: FdiPublicationDto | null;
  pendingRevision: { figure: string; published: number | null; recomputed: number | null; difference: number | null }[] | null;
}
