import { Permission, Permissions } from '../core/auth/permission-names';
import { IconName } from '../shared/icon/icons';

export interface NavItem {
  /** Also the data-testid suffix: nav-<id>. */
  id: string;
  path: string;
  labelKey: string;
  icon: IconName;
  /** Shown only to users granted one of these permissions. */
  permissions?: readonly Permission[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'dashboard', path: '/', labelKey: 'nav.dashboard', icon: 'dashboard' },
  { id: 'projects', path: '/projects', labelKey: 'nav.projects', icon: 'projects' },
  { id: 'contributions', path: '/capital-contributions', labelKey: 'nav.contributions', icon: 'landmark' },
  { id: 'tasks', path: '/tasks', labelKey: 'nav.tasks', icon: 'tasks' },
  { id: 'procedures', path: '/procedures', labelKey: 'nav.procedures', icon: 'procedures' },
  { id: 'proposals', path: '/proposals', labelKey: 'nav.proposals', icon: 'edit' },
  { id: 'freeze-exceptions', path: '/freeze-exceptions', labelKey: 'nav.freezeExceptions', icon: 'calendar', permissions: [Permissions.FreezesGrantException, Permissions.ProposalsDecide] },
  { id: 'enterprise-reports', path: '/enterprise-reports', labelKey: 'nav.enterpriseReports', icon: 'file' },
  { id: 'reports', path: '/reports', labelKey: 'nav.reports', icon: 'reports' },
  { id: 'admin', path: '/admin', labelKey: 'nav.admin', icon: 'admin', permissions: [Permissions.Administration] },
];
