import { ChangeDetectionStrategy, Component, ElementRef, OnDestroy, computed, inject, signal, viewChild } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { getFormSchema, listForms, publishForm, uploadForm } from '../../api/functions';
import { FormDefinitionDto } from '../../api/models';
import { ifMatch } from '../../core/http/if-match';
import { problemOf } from '../../core/http/problem-details';
import { Icon } from '../../shared/icon/icon';
import { loadFormJsStyles } from '../../shared/camunda-form/form-js-styles';
import { provideProceduresScope } from '../../procedures/scope';

interface FormJsEditor {
  importSchema(schema: unknown): Promise<unknown>;
  saveSchema(): Record<string, unknown>;
  destroy(): void;
}

const BLANK = (id: string) => ({
  id,
  type: 'default',
  schemaVersion: 16,
  executionPlatform: 'Camunda Platform',
  executionPlatformVersion: '7.21.0',
  components: [{ type: 'text', text: '#### Biểu mẫu mới' }],
});

/**
 * The form editor (form-js): open a form's latest version or start a new one, save it as a draft (naming the version it
 * was opened from in If-Match, so a newer save by someone else is not overwritten), and publish it.
 */
@Component({
  selector: 'app-forms-page',
  imports: [TranslocoPipe, Icon],
  providers: [provideProceduresScope()],
  templateUrl: './forms-page.html',
  styleUrl: './forms-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormsPage implements OnDestroy {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly host = viewChild.required<ElementRef<HTMLElement>>('editor');
  private editor: FormJsEditor | null = null;

  protected readonly versions = signal<FormDefinitionDto[]>([]);
  protected readonly latest = computed(() => {
    const byKey = new Map<string, FormDefinitionDto>();
    for (const v of this.versions()) if ((byKey.get(v.key)?.version ?? 0) < v.version) byKey.set(v.key, v);
    return [...byKey.values()].sort((a, b) => (a.name ?? a.key).localeCompare(b.name ?? b.key, 'vi'));
  });
  /** The form open in the editor and the version it was opened from (0 for a new one): what a save names in If-Match. */
  protected readonly openKey = signal<string | null>(null);
  protected readonly baseVersion = signal(0);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly draftSaved = signal(false);

  async ngOnInit(): Promise<void> {
    loadFormJsStyles(true);
    await this.reload();
    const first = this.latest()[0];
    await (first ? this.open(first.key) : this.newForm());
  }

  ngOnDestroy(): void {
    this.editor?.destroy();
  }

  private async reload(): Promise<void> {
    this.loading.set(true);
    try {
      this.versions.set(await this.api.invoke(listForms));
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  protected async open(key: string): Promise<void> {
    const version = this.latest().find((v) => v.key === key);
    if (!version) return;
    this.error.set(null);
    this.notice.set(null);
    try {
      // The schema is form-js JSON, which the document types as a string.
      const schema = (await this.api.invoke(getFormSchema, { key, version: version.version })) as unknown as Record<string, unknown>;
      await this.show(schema);
      this.openKey.set(key);
      this.baseVersion.set(version.version);
      this.draftSaved.set(version.status === 'Draft');
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    }
  }

  protected async newForm(): Promise<void> {
    this.error.set(null);
    this.notice.set(null);
    const id = 'form-' + Math.random().toString(36).slice(2, 8);
    await this.show(BLANK(id));
    this.openKey.set(id);
    this.baseVersion.set(0);
    this.draftSaved.set(false);
  }

  private async show(schema: Record<string, unknown>): Promise<void> {
    const { FormEditor } = await import('@bpmn-io/form-js');
    this.editor?.destroy();
    const editor = new FormEditor({ container: this.host().nativeElement }) as unknown as FormJsEditor;
    this.editor = editor;
    await editor.importSchema(schema);
  }

  /** Saves the edited schema as the next draft version; a newer version saved meanwhile → 412, shown, nothing lost in the editor. */
  protected async save(): Promise<void> {
    if (!this.editor || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const schema = this.editor.saveSchema();
      const created = await this.api.invoke(uploadForm, { body: JSON.stringify(schema) }, ifMatch(String(this.baseVersion())));
      await this.reload();
      this.openKey.set(created.key);
      this.baseVersion.set(created.version);
      this.draftSaved.set(true);
      this.notice.set(this.transloco.translate('forms.saved', { name: created.name ?? created.key, version: created.version }));
    } catch (e) {
      const problem = problemOf(e);
      this.error.set(
        problem?.status === 412
          ? this.transloco.translate('forms.stale')
          : Object.entries(problem?.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(' ')}`).join(' ') ||
              (problem?.detail ?? this.transloco.translate('common.saveFailed')),
      );
    } finally {
      this.saving.set(false);
    }
  }

  protected async publish(): Promise<void> {
    const key = this.openKey();
    if (!key || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      const published = await this.api.invoke(publishForm, { key });
      await this.reload();
      this.draftSaved.set(false);
      this.notice.set(this.transloco.translate('forms.published', { name: published.name ?? published.key, version: published.version }));
    } catch (e) {
      this.error.set(problemOf(e)?.detail ?? this.transloco.translate('common.saveFailed'));
    } finally {
      this.saving.set(false);
    }
  }
}
