import { Routes } from '@angular/router';

import { authGuard } from './core/auth/auth.guard';
import { roleGuard } from './core/auth/role.guard';

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
        loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
      },
      {
        path: 'projects',
        title: 'nav.projects',
        loadComponent: () => import('./projects/projects-page').then((m) => m.ProjectsPage),
      },
      {
        path: 'tasks',
        title: 'nav.tasks',
        loadComponent: () => import('./tasks/tasks-page').then((m) => m.TasksPage),
      },
      {
        path: 'procedures',
        title: 'nav.procedures',
        loadComponent: () => import('./procedures/procedures-page').then((m) => m.ProceduresPage),
      },
      {
        path: 'reports',
        title: 'nav.reports',
        loadComponent: () => import('./reports/reports-page').then((m) => m.ReportsPage),
      },
      {
        path: 'admin',
        title: 'nav.admin',
        canActivate: [roleGuard('admin')],
        loadComponent: () => import('./admin/admin-page').then((m) => m.AdminPage),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
