import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { DossierDto } from '../../api/models';
import { daysLeftTone } from '../../shared/days-left';
import { DayPipe } from '../../shared/format/money';
import { LegalCitationView } from '../../shared/legal/legal-citation';

/** A dossier at a glance: procedure and version with its legal basis, applicant, receipt date and SLA clock. */
@Component({
  selector: 'app-dossier-summary',
  imports: [LegalCitationView, TranslocoPipe, DayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = dossier();
    <dl class="summary" data-testid="dossier-summary">
      <div class="wide">
        <dt>{{ 'procedures.task.procedure' | transloco }}</dt>
        <dd data-testid="dossier-procedure">
          <span [title]="d.procedureKey">{{ 'procedures.procedureName.' + d.procedureKey | transloco }}</span> · {{ 'procedures.task.version' | transloco: { version: d.procedureVersion } }}
          <span class="status" [attr.data-status]="d.status">{{ 'procedures.status.' + d.status | transloco }}</span>
        </dd>
      </div>
      @if (d.legalBasis) {
        <div class="wide">
          <dt>{{ 'procedures.task.legalBasis' | transloco }}</dt>
          <dd class="legal" data-testid="dossier-legal"><app-legal-citation [text]="d.legalBasis" /></dd>
        </div>
      }
      <div>
        <dt>{{ 'procedures.task.applicant' | transloco }}</dt>
        <dd data-testid="dossier-applicant">{{ d.applicant.name }}@if (d.applicant.contact) {<span class="muted"> · {{ d.applicant.contact }}</span>}</dd>
      </div>
      <div>
        <dt>{{ 'procedures.task.receivedOn' | transloco }}</dt>
        <dd data-testid="dossier-received">{{ d.receivedOn | day }}</dd>
      </div>
      <div class="wide">
        <dt>{{ 'procedures.task.sla' | transloco }}</dt>
        <dd data-testid="dossier-sla">
          @if (d.sla; as sla) {
            @if (sla.startedOn) {
              <span>{{ 'procedures.task.slaLimit' | transloco: { limit: sla.limit, unit: ('procedures.unit.' + sla.unit | transloco) } }}</span>
              · {{ 'procedures.task.slaStarted' | transloco }} {{ sla.startedOn | day }}
              · {{ 'procedures.task.slaDue' | transloco }} <strong>{{ sla.dueDate | day }}</strong>
              @if (sla.workingDaysLeft !== null && sla.workingDaysLeft !== undefined && !sla.isPaused && d.status === 'InProgress') {
                <span class="days" [class]="'days tone-' + tone(sla.workingDaysLeft)">
                  ({{ (sla.workingDaysLeft < 0 ? 'procedures.inbox.overdueBy' : 'procedures.inbox.daysLeft') | transloco: { days: abs(sla.workingDaysLeft) } }})
                </span>
              }
            } @else {
              <span class="muted">{{ 'procedures.task.slaNotStarted' | transloco }}</span>
            }
            @if (sla.isPaused) {
              <span class="paused">{{ 'procedures.task.paused' | transloco }}</span>
            }
            @if (sla.pauses.length) {
              <div class="pauses" data-testid="dossier-pauses">
                {{ 'procedures.task.pauses' | transloco }}:
                @for (p of sla.pauses; track $index) {
                  <span>{{ 'procedures.task.pauseRow' | transloco: { from: (p.from | day), to: (p.to | day), days: p.workingDays } }}</span>
                }
              </div>
            }
          } @else {
            <span class="muted">—</span>
          }
        </dd>
      </div>
    </dl>
  `,
  styles: `
    .summary {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 12px 24px;
      margin: 0;
    }
    .wide {
      grid-column: 1 / -1;
    }
    dt {
      font-size: 0.75rem;
      color: var(--ia-text-muted);
      text-transform: uppercase;
      letter-spacing: 0.02em;
      margin-bottom: 2px;
    }
    dd {
      margin: 0;
    }
    .legal {
      font-size: 0.875rem;
      line-height: 1.45;
    }
    .status {
      margin-left: 8px;
      padding: 1px 8px;
      border-radius: 999px;
      background: var(--ia-primary-soft);
      color: var(--ia-primary);
      font-size: 0.75rem;
    }
    .status[data-status='Approved'] {
      background: var(--ia-success-soft);
      color: var(--ia-success);
    }
    .status[data-status='Rejected'] {
      background: var(--ia-danger-soft);
      color: var(--ia-danger);
    }
    .days.tone-overdue {
      color: #b91c1c;
      font-weight: 600;
    }
    .days.tone-soon {
      color: #b45309;
      font-weight: 600;
    }
    .paused {
      margin-left: 8px;
      color: #b45309;
    }
    .pauses {
      margin-top: 4px;
      font-size: 0.8125rem;
      color: var(--ia-text-muted);
      span + span::before {
        content: '; ';
      }
    }
  `,
})
export class DossierSummary {
  readonly dossier = input.required<DossierDto>();

  protected tone(days: number) {
    return daysLeftTone({ overdue: days < 0, workingDaysLeft: days });
  }

  protected abs(n: number): number {
    return Math.abs(n);
  }
}
