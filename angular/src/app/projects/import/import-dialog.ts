import { HttpClient, HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Subscription } from 'rxjs';

import { Api } from '../../api/api';
import { getImportTemplate } from '../../api/fn/projects/get-import-template';
import { importProjects } from '../../api/fn/projects/import-projects';
import { ImportResultDto, ImportRowError } from '../../api/models';
import { RequestBuilder } from '../../api/request-builder';
import { problemOf } from '../../core/http/problem-details';
import { Icon } from '../../shared/icon/icon';
import { Modal } from '../../shared/modal/modal';

type Phase = 'idle' | 'uploading' | 'processing' | 'done' | 'failed';

/**
 * "Nhập từ Excel": template link, file picker, upload progress, then the count imported or the
 * rejected rows (the API imports all rows or none).
 */
@Component({
  selector: 'app-import-dialog',
  imports: [TranslocoPipe, Modal, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-modal [title]="'projects.import.title' | transloco" [width]="640" testId="import-dialog" (closed)="close()">
      <p class="intro">{{ 'projects.import.intro' | transloco }}</p>
      <a class="template" [href]="templateUrl" download="mau-nhap-du-an.xlsx" data-testid="import-template">
        <app-icon name="file" /> {{ 'projects.import.template' | transloco }}
      </a>

      <div class="field picker">
        <label for="import-file">{{ 'projects.import.file' | transloco }}</label>
        <input
          id="import-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          (change)="pick($any($event.target).files)"
          [disabled]="busy()"
          data-testid="import-file"
        />
      </div>

      @if (phase() === 'uploading') {
        <div class="status" data-testid="import-uploading">
          <span>{{ 'projects.import.uploading' | transloco: { percent: progress() } }}</span>
          <div class="progress-bar" role="progressbar" [attr.aria-valuenow]="progress()" aria-valuemin="0" aria-valuemax="100">
            <div [style.width.%]="progress()"></div>
          </div>
        </div>
      }
      @if (phase() === 'processing') {
        <div class="status" data-testid="import-processing">
          <span class="spinner"></span> {{ 'projects.import.processing' | transloco }}
        </div>
      }
      @if (phase() === 'done') {
        <div class="alert success" role="status" data-testid="import-success">
          <span>{{ 'projects.import.done' | transloco: { count: importedCount() } }}</span>
        </div>
      }
      @if (phase() === 'failed') {
        <div class="alert" role="alert" data-testid="import-failed">
          <app-icon name="alert" />
          <span>{{ message() }}</span>
        </div>
        @if (rows().length) {
          <div class="table-wrap rows" tabindex="0">
            <table class="data-table" data-testid="import-errors">
              <thead>
                <tr>
                  <th class="num">{{ 'projects.import.row' | transloco }}</th>
                  <th>{{ 'projects.import.column' | transloco }}</th>
                  <th>{{ 'projects.import.error' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (e of rows(); track $index) {
                  <tr data-testid="import-error-row">
                    <td class="num">{{ e.row }}</td>
                    <td>{{ e.column }}</td>
                    <td>{{ e.message }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }

      <div footer>
        <button type="button" class="btn" (click)="close()" data-testid="import-close">
          {{ (phase() === 'done' ? 'common.close' : 'common.cancel') | transloco }}
        </button>
        <button
          type="button"
          class="btn primary"
          (click)="upload()"
          [disabled]="!file() || busy()"
          data-testid="import-submit"
        >
          <app-icon name="upload" /> {{ 'projects.import.submit' | transloco }}
        </button>
      </div>
    </app-modal>
  `,
  styles: `
    .intro {
      margin: 0 0 8px;
      color: var(--ia-text-muted);
      font-size: 0.875rem;
    }
    .template {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-size: 0.875rem;
      font-weight: 500;
      app-icon {
        width: 16px;
        height: 16px;
      }
    }
    .picker {
      margin: 16px 0;
    }
    .status {
      display: flex;
      flex-direction: column;
      gap: 6px;
      margin-bottom: 12px;
      font-size: 0.875rem;
      color: var(--ia-text-muted);
    }
    .rows {
      max-height: 280px;
      margin-top: 12px;
      border: 1px solid var(--ia-border);
      border-radius: 8px;
    }
  `,
})
export class ImportDialog {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);

  readonly closed = output<void>();
  readonly imported = output<number>();

  protected readonly templateUrl = this.api.rootUrl + getImportTemplate.PATH;
  protected readonly file = signal<File | null>(null);
  protected readonly phase = signal<Phase>('idle');
  protected readonly progress = signal(0);
  protected readonly importedCount = signal(0);
  protected readonly rows = signal<ImportRowError[]>([]);
  protected readonly message = signal('');
  private upload$: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.upload$?.unsubscribe());
  }

  protected busy(): boolean {
    return this.phase() === 'uploading' || this.phase() === 'processing';
  }

  protected pick(files: FileList | null): void {
    this.file.set(files?.[0] ?? null);
    this.phase.set('idle');
    this.rows.set([]);
  }

  protected upload(): void {
    const file = this.file();
    if (!file) return;
    // The request builder turns the object into multipart form data, as the generated function does.
    const rb = new RequestBuilder(this.api.rootUrl, importProjects.PATH, 'post');
    rb.body({ file }, 'multipart/form-data');
    this.phase.set('uploading');
    this.progress.set(0);
    this.upload$ = this.http
      .request<ImportResultDto>(rb.build({ responseType: 'json', accept: 'application/json', reportProgress: true }))
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            const percent = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
            this.progress.set(percent);
            if (event.total && event.loaded >= event.total) this.phase.set('processing');
          } else if (event.type === HttpEventType.Response) {
            const result = event.body;
            if (result && result.errors?.length) {
              this.fail(this.transloco.translate('projects.import.rejected'), result.errors);
            } else {
              this.importedCount.set(result?.imported ?? 0);
              this.phase.set('done');
              this.imported.emit(result?.imported ?? 0);
            }
          }
        },
        error: (error: unknown) => {
          const problem = problemOf(error) as { detail?: string; rows?: ImportRowError[]; errors?: unknown } | null;
          const rows = Array.isArray(problem?.rows) ? problem.rows : Array.isArray(problem?.errors) ? (problem.errors as ImportRowError[]) : [];
          this.fail(problem?.detail || this.transloco.translate('projects.import.rejected'), rows);
        },
      });
  }

  private fail(message: string, rows: ImportRowError[]): void {
    this.message.set(message);
    this.rows.set(rows);
    this.phase.set('failed');
  }

  protected close(): void {
    this.upload$?.unsubscribe();
    this.closed.emit();
  }
}
