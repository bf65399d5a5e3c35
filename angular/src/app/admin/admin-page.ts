import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';

import { FINANCE_SCOPE, NOTIFICATIONS_SCOPE, REVIEW_SCOPE } from '../core/i18n/scopes';

import { Icon } from '../shared/icon/icon';

@Component({
  selector: 'app-admin-page',
  imports: [TranslocoPipe, RouterLink, Icon],
  providers: [provideTranslocoScope(FINANCE_SCOPE, NOTIFICATIONS_SCOPE, REVIEW_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1 data-testid="page-title">{{ 'pages.admin.title' | transloco }}</h1>
      <p>{{ 'pages.admin.subtitle' | transloco }}</p>
    </header>
    <div class="cards">
      <a class="panel card" routerLink="/admin/users" data-testid="admin-users">
        <span class="icon"><app-icon name="users" /></span>
        <span>
          <strong>{{ 'users.title' | transloco }}</strong>
          <span class="text">{{ 'users.card' | transloco }}</span>
        </span>
      </a>
      <a class="panel card" routerLink="/admin/identities" data-testid="admin-identities">
        <span class="icon"><app-icon name="users" /></span>
        <span>
          <strong>{{ 'identities.title' | transloco }}</strong>
          <span class="text">{{ 'identities.card' | transloco }}</span>
        </span>
      </a>
      <a class="panel card" routerLink="/admin/reference" data-testid="admin-reference">
        <span class="icon"><app-icon name="database" /></span>
        <span>
          <strong>{{ 'reference.title' | transloco }}</strong>
          <span class="text">{{ 'reference.subtitle' | transloco }}</span>
        </span>
      </a>
      <a class="panel card" routerLink="/legal" data-testid="admin-legal">
        <span class="icon"><app-icon name="landmark" /></span>
        <span>
          <strong>{{ 'nav.legal' | transloco }}</strong>
          <span class="text">{{ 'pages.admin.legalCard' | transloco }}</span>
        </span>
      </a>
      <a class="panel card" routerLink="/admin/proposal-settings" data-testid="admin-proposal-settings">
        <span class="icon"><app-icon name="tasks" /></span>
        <span>
          <strong>{{ 'review.settings.title' | transloco }}</strong>
          <span class="text">{{ 'review.settings.card' | transloco }}</span>
        </span>
      </a>
      <a class="panel card" routerLink="/admin/mail" data-testid="admin-mail">
        <span class="icon"><app-icon name="mail" /></span>
        <span>
          <strong>{{ 'mail.title' | transloco }}</strong>
          <span class="text">{{ 'mail.card' | transloco }}</span>
        </span>
      </a>
      <a class="panel card" routerLink="/admin/operations" data-testid="admin-operations">
        <span class="icon"><app-icon name="activity" /></span>
        <span>
          <strong>{{ 'operations.title' | transloco }}</strong>
          <span class="text">{{ 'operations.card' | transloco }}</span>
        </span>
      </a>
      <a class="panel card" routerLink="/admin/forms" data-testid="admin-forms">
        <span class="icon"><app-icon name="edit" /></span>
        <span>
          <strong>{{ 'forms.title' | transloco }}</strong>
          <span class="text">{{ 'forms.card' | transloco }}</span>
        </span>
      </a>
      <a class="panel card" routerLink="/admin/jobs" data-testid="admin-jobs">
        <span class="icon"><app-icon name="history" /></span>
        <span>
          <strong>{{ 'notifications.jobs.title' | transloco }}</strong>
          <span class="text">{{ 'notifications.jobs.card' | transloco }}</span>
        </span>
      </a>
      <a class="panel card" routerLink="/admin/exchange-rates" data-testid="admin-exchange-rates">
        <span class="icon"><app-icon name="globe" /></span>
        <span>
          <strong>{{ 'finance.rates.title' | transloco }}</strong>
          <span class="text">{{ 'finance.rates.card' | transloco }}</span>
        </span>
      </a>
    </div>
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(300px, 100%), 1fr));
      gap: 16px;
    }
    .card {
      display: flex;
      gap: 14px;
      padding: 18px;
      color: inherit;
      text-decoration: none;
      &:hover {
        border-color: var(--ia-primary);
      }
    }
    .icon {
      display: grid;
      place-items: center;
      flex: none;
      width: 40px;
      height: 40px;
      border-radius: 10px;
      background: var(--ia-primary-soft);
      color: var(--ia-primary);
      app-icon {
        width: 20px;
        height: 20px;
      }
    }
    strong {
      display: block;
      margin-bottom: 2px;
    }
    .text {
      color: var(--ia-text-muted);
      font-size: 0.875rem;
    }
  `,
})
export class AdminPage {}
