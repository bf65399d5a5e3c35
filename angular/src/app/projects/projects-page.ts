import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { EmptyState } from '../shared/empty-state/empty-state';

@Component({
  selector: 'app-projects-page',
  imports: [TranslocoPipe, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1 data-testid="page-title">{{ 'pages.projects.title' | transloco }}</h1>
    </header>
    <section class="panel">
      <app-empty-state
        icon="projects"
        [title]="'pages.projects.emptyTitle' | transloco"
        [text]="'pages.projects.emptyText' | transloco"
      />
    </section>
  `,
})
export class ProjectsPage {}
