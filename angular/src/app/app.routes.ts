import { Routes } from '@angular/router';

import { authGuard } from './core/auth/auth.guard';
import { canCreateProjects, canEditProjects, landingGuard, permissionGuard } from './core/auth/role.guard';
import { Permissions } from './core/auth/permission-names';

export const routes: Routes = [
  {
    path: 'login',
    title: 'login.title',
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.dashboard',
        canActivate: [landingGuard],
        loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
      },
      {
        path: 'projects',
        title: 'nav.projects',
        loadComponent: () =>
          import('./projects/list/project-list-page').then((m) => m.ProjectListPage),
      },
      {
        path: 'projects/new',
        title: 'projects.form.newTitle',
        canActivate: [canCreateProjects],
        loadComponent: () =>
          import('./projects/form/project-form-page').then((m) => m.ProjectFormPage),
      },
      {
        path: 'projects/:id',
        title: 'projects.detail.title',
        loadComponent: () =>
          import('./projects/detail/project-detail-page').then((m) => m.ProjectDetailPage),
      },
      {
        path: 'projects/:id/edit',
        title: 'projects.form.editTitle',
        canActivate: [canEditProjects],
        loadComponent: () =>
          import('./projects/form/project-form-page').then((m) => m.ProjectFormPage),
      },
      {
        path: 'tasks',
        title: 'nav.tasks',
        loadComponent: () => import('./tasks/tasks-page').then((m) => m.TasksPage),
      },
      { path: 'tasks/:id', title: 'nav.tasks', loadComponent: () => import('./tasks/task-page').then((m) => m.TaskPage) },
      {
        path: 'procedures',
        title: 'nav.procedures',
        loadComponent: () => import('./procedures/procedures-page').then((m) => m.ProceduresPage),
      },
      { path: 'procedures/decisions', title: 'nav.procedures', canActivate: [permissionGuard(Permissions.WorkflowsManageDefinitions)], loadComponent: () => import('./procedures/decisions/decisions-page').then((m) => m.DecisionsPage) },
      { path: 'procedures/modeler', title: 'nav.procedures', canActivate: [permissionGuard(Permissions.WorkflowsManageDefinitions)], loadComponent: () => import('./procedures/procedure-modeler-page').then((m) => m.ProcedureModelerPage) },
      { path: 'procedures/:key/:version', title: 'nav.procedures', loadComponent: () => import('./procedures/procedure-version-page').then((m) => m.ProcedureVersionPage) },
      {
        path: 'proposals',
        title: 'nav.proposals',
        loadComponent: () => import('./review/proposals-page').then((m) => m.ProposalsPage),
      },
      {
        path: 'freeze-exceptions',
        title: 'nav.freezeExceptions',
        canActivate: [permissionGuard(Permissions.FreezesGrantException, Permissions.ProposalsDecide)],
        loadComponent: () => import('./review/freeze-exceptions-page').then((m) => m.FreezeExceptionsPage),
      },
      {
        path: 'enterprise-reports',
        title: 'nav.enterpriseReports',
        loadComponent: () => import('./review/enterprise-reports-page').then((m) => m.EnterpriseReportsPage),
      },
      {
        path: 'reports',
        title: 'nav.reports',
        loadComponent: () => import('./reports/reports-page').then((m) => m.ReportsPage),
      },
      {
        path: 'admin',
        title: 'nav.admin',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () => import('./admin/admin-page').then((m) => m.AdminPage),
      },
      {
        path: 'notifications',
        title: 'notifications.title',
        loadComponent: () =>
          import('./notifications/notifications-page').then((m) => m.NotificationsPage),
      },
      {
        path: 'admin/jobs',
        title: 'notifications.jobs.title',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () =>
          import('./notifications/job-settings-page').then((m) => m.JobSettingsPage),
      },
      {
        path: 'admin/exchange-rates',
        title: 'finance.rates.title',
        loadComponent: () =>
          import('./finance/exchange-rates-page').then((m) => m.ExchangeRatesPage),
      },
      {
        path: 'legal',
        title: 'nav.legal',
        loadComponent: () => import('./legal/legal-page').then((m) => m.LegalPage),
      },
      {
        path: 'admin/reference',
        title: 'reference.title',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () =>
          import('./admin/reference/reference-admin-page').then((m) => m.ReferenceAdminPage),
      },
      {
        path: 'capital-contributions',
        title: 'contributions.title',
        loadComponent: () =>
          import('./finance/contributions/capital-contributions-page').then((m) => m.CapitalContributionsPage),
      },
      {
        path: 'admin/users',
        title: 'users.title',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () => import('./admin/users/users-page').then((m) => m.UsersPage),
      },
      {
        path: 'admin/mail',
        title: 'mail.title',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () => import('./admin/mail/mail-outbox-page').then((m) => m.MailOutboxPage),
      },
      {
        path: 'admin/forms',
        title: 'forms.title',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () => import('./admin/forms/forms-page').then((m) => m.FormsPage),
      },
      {
        path: 'admin/identities',
        title: 'identities.title',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () => import('./admin/identities/identities-page').then((m) => m.IdentitiesPage),
      },
      {
        path: 'admin/proposal-settings',
        title: 'nav.proposalSettings',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () =>
          import('./admin/proposal-settings/proposal-settings-page').then((m) => m.ProposalSettingsPage),
      },
      {
        path: 'admin/operations',
        title: 'operations.title',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () => import('./admin/operations/operations-page').then((m) => m.OperationsPage),
      },
      {
        path: 'admin/operations/instances',
        title: 'operations.search.title',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () => import('./admin/operations/instances-page').then((m) => m.InstancesPage),
      },
      {
        path: 'admin/operations/definitions/:key/:version',
        title: 'operations.heat.title',
        canActivate: [permissionGuard(Permissions.Administration)],
        loadComponent: () => import('./admin/operations/definition-heatmap-page').then((m) => m.DefinitionHeatmapPage),
      },
      {
        path: 'forbidden',
        title: 'forbidden.title',
        loadComponent: () => import('./shell/forbidden/forbidden-page').then((m) => m.ForbiddenPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
