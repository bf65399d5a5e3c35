import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService, provideTranslocoScope } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { getProposalSettings, updateProposalSettings } from '../../api/functions';
import { ProposalKindSettingDto, ProposalSettingsDto } from '../../api/models';
import { ifMatch } from '../../core/http/if-match';
import { problemOf } from '../../core/http/problem-details';
import { LanguageService } from '../../core/i18n/language.service';
import { REVIEW_SCOPE } from '../../core/i18n/scopes';
import { DateTimePipe } from '../../shared/format/money';

/** One kind's row as the form edits it (days as typed: blank = never). */
interface Row {
  kind: string;
  labelVi: string;
  labelEn: string;
  secondPerson: boolean;
  days: string;
  inDigest: boolean;
  updatedAt?: string | null;
  updatedByName?: string | null;
}

/** Server field paths ("kinds[1].autoAcceptAfterWorkingDays") → "1.days"; "kinds" → "form". */
export function settingsFieldErrors(errors: Record<string, string[]> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, messages] of Object.entries(errors ?? {})) {
    if (!messages?.length) continue;
    const m = /^kinds\[(\d+)\]\.(\w+)$/i.exec(key);
    out[m ? `${m[1]}.${m[2].toLowerCase().startsWith('autoaccept') ? 'days' : m[2].toLowerCase()}` : 'form'] = messages[0];
  }
  return out;
}

/**
 * Quản trị → Thiết lập xác nhận đề xuất: per kind of change, whether officers' own edits also need a second person, the working
 * days after which a pending proposal is accepted automatically, and whether pending ones go into the officers' daily digest.
 */
@Component({
  selector: 'app-proposal-settings-page',
  imports: [FormsModule, RouterLink, TranslocoPipe, DateTimePipe],
  providers: [provideTranslocoScope(REVIEW_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/admin">← {{ 'nav.admin' | transloco }}</a>
    <header class="page-header">
      <div class="title">
        <h1 data-testid="page-title">{{ 'review.settings.title' | transloco }}</h1>
        <p>{{ 'review.settings.lead' | transloco }}</p>
      </div>
    </header>

    @if (loading()) {
      <p class="muted" role="status"><span class="spinner"></span> {{ 'common.loading' | transloco }}</p>
    } @else if (loadError(); as message) {
      <div class="alert" role="alert">{{ message }} <button class="btn small" type="button" (click)="load()">{{ 'common.reload' | transloco }}</button></div>
    } @else {
      <form (ngSubmit)="save()" novalidate data-testid="proposal-settings-form">
        <div class="kinds">
          @for (row of rows(); track row.kind; let i = $index) {
            <section class="panel kind" [attr.data-testid]="'setting-' + row.kind">
              <h2>{{ language.language() === 'en' ? row.labelEn : row.labelVi }}</h2>
              <label class="check">
                <input type="checkbox" [(ngModel)]="row.secondPerson" [name]="'second-' + i" [attr.data-testid]="'second-' + row.kind" />
                <span>
                  {{ 'review.settings.secondPerson' | transloco }}
                  <small>{{ 'review.settings.secondPersonHint' | transloco }}</small>
                </span>
              </label>
              <div class="field" [class.invalid]="errors()[i + '.days']">
                <label [for]="'days-' + i">{{ 'review.settings.days' | transloco }}</label>
                <input class="input days" [id]="'days-' + i" type="number" inputmode="numeric" min="1" max="60" step="1"
                  [(ngModel)]="row.days" [name]="'days-' + i" [placeholder]="'review.settings.never' | transloco"
                  [attr.data-testid]="'days-' + row.kind" [attr.aria-invalid]="!!errors()[i + '.days']" />
                @if (errors()[i + '.days']; as message) {
                  <span class="field-error" role="alert">{{ message }}</span>
                } @else {
                  <span class="field-hint">{{ 'review.settings.daysHint' | transloco }}</span>
                }
              </div>
              <label class="check">
                <input type="checkbox" [(ngModel)]="row.inDigest" [name]="'digest-' + i" [attr.data-testid]="'digest-' + row.kind" />
                <span>
                  {{ 'review.settings.digest' | transloco }}
                  <small>{{ 'review.settings.digestHint' | transloco }}</small>
                </span>
              </label>
              <p class="updated">
                @if (row.updatedAt) {
                  {{ 'review.settings.updated' | transloco: { who: row.updatedByName || '—' } }} {{ row.updatedAt | dateTime }}
                } @else {
                  {{ 'review.settings.neverChanged' | transloco }}
                }
              </p>
            </section>
          }
        </div>

        @if (stale()) {
          <div class="alert warning" role="alert" data-testid="settings-stale">
            {{ 'review.settings.stale' | transloco }}
            <button class="btn small" type="button" (click)="load()" data-testid="settings-reload">{{ 'review.settings.reload' | transloco }}</button>
          </div>
        }
        @if (formError(); as message) {
          <div class="alert" role="alert" data-testid="settings-error">{{ message }}</div>
        }
        @if (savedAt(); as at) {
          <div class="alert success" role="status" data-testid="settings-saved">{{ 'review.settings.saved' | transloco }} {{ at | dateTime }}</div>
        }
        <div class="actions">
          <button class="btn primary" type="submit" [disabled]="saving()" data-testid="settings-save">
            {{ (saving() ? 'common.saving' : 'common.save') | transloco }}
          </button>
        </div>
      </form>
    }
  `,
  styles: `
    .kinds {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(320px, 100%), 1fr));
      gap: 16px;
      margin-bottom: 16px;
    }
    .kind {
      display: flex;
      flex-direction: column;
      gap: 14px;
      padding: 18px;
      h2 {
        margin: 0;
        font-size: 1.05rem;
      }
    }
    .check {
      display: flex;
      gap: 10px;
      align-items: flex-start;
      cursor: pointer;
      input {
        margin-top: 3px;
        flex: none;
      }
      small {
        display: block;
        color: var(--ia-text-muted);
        font-size: 0.8125rem;
      }
    }
    .days {
      max-width: 12rem;
    }
    .updated {
      margin: auto 0 0;
      color: var(--ia-text-muted);
      font-size: 0.8125rem;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
    .alert {
      margin-bottom: 12px;
    }
    .muted {
      color: var(--ia-text-muted);
    }
  `,
})
export class ProposalSettingsPage implements OnInit {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);

  protected readonly rows = signal<Row[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly stale = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly savedAt = signal<string | null>(null);
  private version = '';

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    this.stale.set(false);
    this.formError.set(null);
    this.errors.set({});
    try {
      this.show(await this.api.invoke(getProposalSettings));
    } catch {
      this.loadError.set(this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    const rows = this.rows();
    const local: Record<string, string> = {};
    rows.forEach((r, i) => {
      const text = String(r.days ?? '').trim();
      if (text && !(/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 60)) {
        local[`${i}.days`] = this.transloco.translate('review.settings.daysInvalid');
      }
    });
    this.errors.set(local);
    this.savedAt.set(null);
    this.formError.set(null);
    this.stale.set(false);
    if (Object.keys(local).length) return;
    this.saving.set(true);
    try {
      const body = {
        kinds: rows.map((r) => ({
          kind: r.kind,
          secondPerson: r.secondPerson,
          autoAcceptAfterWorkingDays: String(r.days ?? '').trim() ? Number(r.days) : null,
          inDigest: r.inDigest,
        })),
      };
      const saved = await this.api.invoke(updateProposalSettings, { body }, ifMatch(this.version));
      this.show(saved);
      this.savedAt.set(new Date().toISOString());
    } catch (e) {
      const problem = problemOf(e);
      if (problem?.status === 412) {
        this.stale.set(true);
      } else {
        const fields = settingsFieldErrors(problem?.errors);
        this.errors.set(fields);
        this.formError.set(
          fields['form'] ??
            (Object.keys(fields).length
              ? this.transloco.translate('review.settings.fixFields')
              : problem?.status === 403
                ? this.transloco.translate('review.settings.forbidden')
                : problem?.detail || this.transloco.translate('common.saveFailed')),
        );
      }
    } finally {
      this.saving.set(false);
    }
  }

  private show(dto: ProposalSettingsDto): void {
    this.version = dto.version;
    this.rows.set(
      dto.kinds.map((k: ProposalKindSettingDto) => ({
        kind: k.kind,
        labelVi: k.labelVi,
        labelEn: k.labelEn,
        secondPerson: k.secondPerson,
        days: k.autoAcceptAfterWorkingDays === null || k.autoAcceptAfterWorkingDays === undefined ? '' : String(k.autoAcceptAfterWorkingDays),
        inDigest: k.inDigest,
        updatedAt: k.updatedAt,
        updatedByName: k.updatedByName,
      })),
    );
  }
}
