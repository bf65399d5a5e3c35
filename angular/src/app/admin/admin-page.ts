import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { EmptyState } from '../shared/empty-state/empty-state';

@Component({
  selector: 'app-admin-page',
  imports: [TranslocoPipe, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1 data-testid="page-title">{{ 'pages.admin.title' | transloco }}</h1>
    </header>
    <section class="panel">
      <app-empty-state
        icon="admin"
        [title]="'pages.admin.emptyTitle' | transloco"
        [text]="'pages.admin.emptyText' | transloco"
      />
    </section>
  `,
})
export class AdminPage {}
