/**
 * The server's permission names (Domain.Shared `Permissions`), which GET /api/account/me lists as granted to the user
 * (`CurrentUserDto.permissions`). The web app offers an action by these, never by role; the server's policies decide who
 * holds which. `PermissionNamesFileTests` (Domain.Tests) holds every name here equal to a constant of the server.
 */
export const Permissions = {
  ProjectsCreate: 'InvestAid.Projects.Create',
  ProjectsEdit: 'InvestAid.Projects.Edit',
  WorkflowsManageDefinitions: 'InvestAid.Workflows.ManageDefinitions',
  WorkflowsStartInstances: 'InvestAid.Workflows.StartInstances',
  FinanceEdit: 'InvestAid.Finance.Edit',
  FinanceExchangeRates: 'InvestAid.Finance.ExchangeRates',
  DossiersCreate: 'InvestAid.Dossiers.Create',
  ReportsPublish: 'InvestAid.Reports.Publish',
  ReportsProvince: 'InvestAid.Reports.Province',
  Administration: 'InvestAid.Administration',
  ProposalsPropose: 'InvestAid.Proposals.Propose',
  ProposalsDecide: 'InvestAid.Proposals.Decide',
  FreezesGrantException: 'InvestAid.Freezes.GrantException',
  EnterpriseReportsFile: 'InvestAid.EnterpriseReports.File',
  EnterpriseReportsDecide: 'InvestAid.EnterpriseReports.Decide',
} as const;

export type Permission = (typeof Permissions)[keyof typeof Permissions];
