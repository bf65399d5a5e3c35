import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

import { AuthService } from '../../core/auth/auth.service';
import { Icon } from '../../shared/icon/icon';

/** "Not allowed": the page a route guard sends a user to instead of a form the API would refuse. */
@Component({
  selector: 'app-forbidden-page',
  imports: [TranslocoPipe, RouterLink, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1 data-testid="page-title">{{ 'forbidden.title' | transloco }}</h1>
    </header>
    <section class="panel box" data-testid="forbidden">
      <app-icon name="alert" />
      <div>
        <p>{{ 'forbidden.text' | transloco }}</p>
        @if (from()) {
          <p class="muted">{{ 'forbidden.address' | transloco }} <code>{{ from() }}</code></p>
        }
        <p class="muted">{{ 'forbidden.roles' | transloco }}
          @for (role of user()?.roles ?? []; track role; let last = $last) {
            <strong>{{ 'roles.' + role | transloco }}</strong>{{ last ? '' : ', ' }}
          }
        </p>
        <a class="btn primary" routerLink="/" data-testid="forbidden-home">{{ 'forbidden.home' | transloco }}</a>
      </div>
    </section>
  `,
  styles: `
    .box { display: flex; gap: 16px; padding: 20px; align-items: flex-start; max-width: 720px; }
    .box > app-icon { flex: none; width: 32px; height: 32px; color: var(--ia-warning, #b45309); }
    code { overflow-wrap: anywhere; }
  `,
})
export class ForbiddenPage {
  /** The address the user tried to open (query parameter `from`). */
  readonly from = input<string | undefined>();
  protected readonly user = inject(AuthService).user;
}
