import { Role } from '../core/auth/auth.service';
import { IconName } from '../shared/icon/icons';

export interface NavItem {
  /** Also the data-testid suffix: nav-<id>. */
  id: string;
  path: string;
  labelKey: string;
  icon: IconName;
  /** Shown only to users with this role. */
  role?: Role;
  /** Shown only to users with one of these roles. */
  roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'dashboard', path: '/', labelKey: 'nav.dashboard', icon: 'dashboard' },
  { id: 'projects', path: '/projects', labelKey: 'nav.projects', icon: 'projects' },
  { id: 'contributions', path: '/capital-contributions', labelKey: 'nav.contributions', icon: 'landmark' },
  { id: 'tasks', path: '/tasks', labelKey: 'nav.tasks', icon: 'tasks' },
  { id: 'procedures', path: '/procedures', labelKey: 'nav.procedures', icon: 'procedures' },
  { id: 'proposals', path: '/proposals', labelKey: 'nav.proposals', icon: 'edit' },
  { id: 'freeze-exceptions', path: '/freeze-exceptions', labelKey: 'nav.freezeExceptions', icon: 'calendar', roles: ['leader', 'officer', 'admin'] },
  { id: 'enterprise-reports', path: '/enterprise-reports', labelKey: 'nav.enterpriseReports', icon: 'file' },
  { id: 'reports', path: '/reports', labelKey: 'nav.reports', icon: 'reports' },
  { id: 'admin', path: '/admin', labelKey: 'nav.admin', icon: 'admin', role: 'admin' },
];
