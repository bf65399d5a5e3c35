import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { uploadDossierDocument } from '../../api/functions';
import { DossierDocumentDto } from '../../api/models';
import { problemOf } from '../../core/http/problem-details';
import { DateTimePipe } from '../../shared/format/money';
import { Icon } from '../../shared/icon/icon';

/** The dossier's documents: download each; officers upload more (the server checks type and size). */
@Component({
  selector: 'app-dossier-documents',
  imports: [TranslocoPipe, DateTimePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="docs" data-testid="dossier-documents">
      @for (doc of documents(); track doc.id) {
        <li data-testid="dossier-document">
          <app-icon name="file" />
          <a [href]="'/api/v1/dossiers/' + dossierId() + '/documents/' + doc.id" [attr.download]="doc.fileName">{{ doc.fileName }}</a>
          <span class="muted">{{ size(doc.size) }} · {{ doc.uploadedAt | dateTime }}@if (doc.uploadedBy) { · <span [attr.title]="doc.uploadedByEmail" data-testid="document-uploader">{{ doc.uploadedBy }}</span> }</span>
        </li>
      } @empty {
        <li class="muted">{{ 'procedures.task.noDocuments' | transloco }}</li>
      }
    </ul>
    @if (canUpload()) {
      <label class="btn small upload" [class.disabled]="uploading()">
        @if (uploading()) {
          <span class="spinner"></span> {{ 'procedures.task.uploading' | transloco }}
        } @else {
          <app-icon name="upload" /> {{ 'procedures.task.upload' | transloco }}
        }
        <input type="file" accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg" (change)="upload($event)" [disabled]="uploading()" data-testid="document-upload" />
      </label>
      <span class="hint">{{ 'procedures.task.uploadHint' | transloco }}</span>
      @if (error(); as message) {
        <div class="alert" role="alert" data-testid="document-error"><app-icon name="alert" /><span>{{ message }}</span></div>
      }
    }
  `,
  styles: `
    .docs {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
      li {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 6px 0;
        border-bottom: 1px solid var(--ia-border);
        font-size: 0.875rem;
      }
      app-icon {
        width: 16px;
        height: 16px;
        color: var(--ia-text-muted);
      }
      .muted {
        margin-left: auto;
        font-size: 0.8125rem;
      }
    }
    .upload {
      position: relative;
      cursor: pointer;
      input {
        position: absolute;
        inset: 0;
        opacity: 0;
        cursor: pointer;
      }
    }
    .hint {
      margin-left: 8px;
      font-size: 0.75rem;
      color: var(--ia-text-muted);
    }
    .alert {
      margin-top: 8px;
    }
  `,
})
export class DossierDocuments {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);

  readonly dossierId = input.required<string>();
  readonly documents = input.required<readonly DossierDocumentDto[]>();
  readonly canUpload = input(false);
  readonly uploaded = output<DossierDocumentDto>();

  protected readonly uploading = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.uploading.set(true);
    this.error.set(null);
    try {
      const doc = await this.api.invoke(uploadDossierDocument, { id: this.dossierId(), body: { file } });
      this.uploaded.emit(doc);
    } catch (e) {
      const problem = problemOf(e);
      const messages = Object.values(problem?.errors ?? {}).flat();
      this.error.set(messages.join(' ') || problem?.detail || this.transloco.translate('common.saveFailed'));
    } finally {
      this.uploading.set(false);
      input.value = '';
    }
  }

  protected size(bytes: number): string {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }
}
