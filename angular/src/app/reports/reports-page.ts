import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { EmptyState } from '../shared/empty-state/empty-state';

@Component({
  selector: 'app-reports-page',
  imports: [TranslocoPipe, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1 data-testid="page-title">{{ 'pages.reports.title' | transloco }}</h1>
    </header>
    <section class="panel">
      <app-empty-state
        icon="reports"
        [title]="'pages.reports.emptyTitle' | transloco"
        [text]="'pages.reports.emptyText' | transloco"
      />
    </section>
  `,
})
export class ReportsPage {}
