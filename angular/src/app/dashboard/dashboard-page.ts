import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { AuthService } from '../core/auth/auth.service';
import { EmptyState } from '../shared/empty-state/empty-state';

@Component({
  selector: 'app-dashboard-page',
  imports: [TranslocoPipe, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1 data-testid="page-title">{{ 'pages.dashboard.title' | transloco }}</h1>
      @if (user(); as u) {
        <p>{{ 'pages.dashboard.greeting' | transloco: { name: u.displayName } }}</p>
      }
    </header>
    <section class="panel">
      <app-empty-state
        icon="dashboard"
        [title]="'pages.dashboard.emptyTitle' | transloco"
        [text]="'pages.dashboard.emptyText' | transloco"
      />
    </section>
  `,
})
export class DashboardPage {
  protected readonly user = inject(AuthService).user;
}
