import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { getProjectHistory } from '../../api/functions';
import { AuditEntryDto } from '../../api/models';
import { DateTimePipe } from '../../shared/format/money';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { Person } from '../../shared/people/people';
import { CompareView } from './compare-view';

/** "Lịch sử": the project's audit trail, newest first, each change expandable to before/after. */
@Component({
  selector: 'app-history-tab',
  imports: [Person, TranslocoPipe, DateTimePipe, EmptyState, CompareView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-compare-view [projectId]="projectId()" />
    @if (loading()) {
      <p class="muted"><span class="spinner"></span> {{ 'common.loading' | transloco }}</p>
    } @else if (entries().length === 0) {
      <app-empty-state icon="history" [title]="'projects.history.emptyTitle' | transloco" [text]="'projects.history.emptyText' | transloco" />
    } @else {
      <ol class="timeline" data-testid="history">
        @for (e of entries(); track e.id) {
          <li data-testid="history-entry" [attr.data-action]="e.action">
            <span class="dot" [class]="'dot ' + e.action"></span>
            <div class="head">
              <span class="action">{{ 'projects.history.action.' + e.action | transloco }}</span>
              <span class="who">@if (e.userName) { <app-person [email]="e.userName" /> } @else { — }</span>
              <time class="when">{{ e.at | dateTime }}</time>
            </div>
            @if (e.summary) {
              <div class="summary" data-testid="history-summary">{{ e.summary }}</div>
            }
            @if (fieldChanges(e); as changes) {
              @if (changes.length) {
                <ul class="fields" data-testid="history-fields">
                  @for (c of changes; track c.field) {
                    <li><span class="field">{{ c.label }}</span>: <span class="old">{{ c.old }}</span> → <span class="new">{{ c.new }}</span></li>
                  }
                </ul>
              }
            }
            @if (e.before || e.after) {
              <details>
                <summary>{{ 'projects.history.details' | transloco }}</summary>
                <div class="diff">
                  <div>
                    <h4>{{ 'projects.history.before' | transloco }}</h4>
                    <pre>{{ pretty(e.before) }}</pre>
                  </div>
                  <div>
                    <h4>{{ 'projects.history.after' | transloco }}</h4>
                    <pre>{{ pretty(e.after) }}</pre>
                  </div>
                </div>
              </details>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .muted {
      color: var(--ia-text-muted);
    }
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0 0 0 20px;
      border-left: 2px solid var(--ia-border);
    }
    li {
      position: relative;
      padding: 0 0 18px 14px;
    }
    .dot {
      position: absolute;
      left: -28px;
      top: 4px;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: var(--ia-primary);
      box-shadow: 0 0 0 3px var(--ia-surface);
    }
    .dot.created {
      background: #067647;
    }
    .dot.status-changed {
      background: #b54708;
    }
    .dot.capital-event-recorded {
      background: #5925dc;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
    }
    .action {
      font-weight: 600;
    }
    .who {
      color: var(--ia-text-nav);
      font-size: 0.875rem;
    }
    .when {
      color: var(--ia-text-muted);
      font-size: 0.8125rem;
      font-variant-numeric: tabular-nums;
    }
    .summary {
      margin-top: 2px;
      font-size: 0.875rem;
    }
    .fields {
      margin: 4px 0 0;
      padding-left: 18px;
      font-size: 0.8125rem;
    }
    .fields .field {
      color: var(--ia-text-nav);
    }
    .fields .old {
      color: #912018;
    }
    .fields .new {
      color: #05603a;
      font-weight: 500;
    }
    details {
      margin-top: 6px;
      font-size: 0.8125rem;
    }
    summary {
      color: var(--ia-primary);
      cursor: pointer;
    }
    .diff {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 12px;
      margin-top: 8px;
    }
    h4 {
      margin: 0 0 4px;
      font-size: 0.75rem;
      color: var(--ia-text-muted);
      text-transform: uppercase;
    }
    pre {
      margin: 0;
      max-height: 280px;
      overflow: auto;
      padding: 8px 10px;
      border: 1px solid var(--ia-border);
      border-radius: 6px;
      background: var(--ia-surface-muted);
      font-size: 0.75rem;
      white-space: pre-wrap;
      word-break: break-word;
    }
  `,
})
export class HistoryTab {
  private readonly api = inject(Api);
  readonly projectId = input.required<string>();

  protected readonly entries = signal<AuditEntryDto[]>([]);
  protected readonly loading = signal(true);

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.entries.set(await this.api.invoke(getProjectHistory, { id: this.projectId() }));
    } catch {
      this.entries.set([]);
    } finally {
      this.loading.set(false);
    }
  }

  /** Field by field, what an update changed (old → new), read from the entry's before and after records. */
  protected fieldChanges(e: AuditEntryDto): { field: string; label: string; old: string; new: string }[] {
    if (!e.before || !e.after) return [];
    try {
      const before = JSON.parse(e.before) as Record<string, unknown>;
      const after = JSON.parse(e.after) as Record<string, unknown>;
      const out: { field: string; label: string; old: string; new: string }[] = [];
      for (const key of Object.keys({ ...before, ...after })) {
        if (SKIPPED.has(key)) continue;
        const a = show(before[key]);
        const b = show(after[key]);
        if (a !== b) out.push({ field: key, label: LABELS[key] ?? key, old: a, new: b });
      }
      return out;
    } catch {
      return [];
    }
  }

  protected pretty(json: string | null): string {
    if (!json) return '—';
    try {
      return JSON.stringify(JSON.parse(json), null, 2);
    } catch {
      return json;
    }
  }
}

const SKIPPED = new Set(['version', 'updatedAt', 'createdAt', 'capitalEvents', 'entry', 'id', 'asOf']);

/** Vietnamese names of the record's fields, as the register reads them. */
const LABELS: Record<string, string> = {
  nameVi: 'Tên dự án',
  nameEn: 'Tên tiếng Anh',
  nationalCode: 'Mã dự án quốc gia',
  ownerName: 'Chủ dự án',
  ownerUserId: 'Tài khoản chủ dự án',
  communeCode: 'Xã/phường',
  industrialZoneCode: 'Khu công nghiệp',
  address: 'Địa chỉ',
  sectorCode: 'Ngành VSIC',
  dacCode: 'Mã DAC',
  donorCode: 'Nhà tài trợ',
  plannedStart: 'Khởi công dự kiến',
  plannedEnd: 'Hoàn thành dự kiến',
  actualStart: 'Khởi công thực tế',
  actualEnd: 'Hoàn thành thực tế',
  objectives: 'Mục tiêu',
  status: 'Trạng thái',
  registeredCapitalUsd: 'Vốn đăng ký (USD)',
  registeredCapitalVnd: 'Vốn đăng ký (VND)',
  fdi: 'Giấy chứng nhận đăng ký đầu tư',
  oda: 'Hiệp định tài trợ',
  ngo: 'Thông tin viện trợ',
  investors: 'Nhà đầu tư',
  amountUsd: 'Số tiền (USD)',
  amountVnd: 'Số tiền (VND)',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(show).join('; ');
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter((v) => v !== null && v !== '').map(show).join(', ');
  return String(value);
}
