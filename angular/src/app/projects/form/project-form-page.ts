import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { formatNumber } from '@angular/common';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

import { Api } from '../../api/api';
import { createProject, getProject, proposeProjectData, updateProject } from '../../api/functions';
import { CreateProjectRequest, ProjectDto, ProjectKind } from '../../api/models';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permission-names';
import { ifMatch } from '../../core/http/if-match';
import { problemOf } from '../../core/http/problem-details';
import { Badge } from '../../shared/badge';
import { Icon } from '../../shared/icon/icon';
import { ReferenceData } from '../../shared/reference-data';
import { PROJECT_KINDS } from '../project-query';
import { endNotBeforeStart, fieldErrors } from '../../shared/form-errors';
import { DateInput } from '../../shared/date-input/date-input';
import { requestLimits as limits } from '../../api/limits';
import { ProjectConsts, limitValidators } from '../../shared/limits';
import { buildProjectRequest } from './project-request';

type Kind = (typeof PROJECT_KINDS)[number];

/** Messages for client-side rules, mirroring the server's validators. */
const MESSAGES: Record<string, string> = {
  required: 'validation.required',
  min: 'validation.atLeast',
  max: 'validation.atMost',
  exclusiveMin: 'validation.greaterThan',
  maxlength: 'validation.tooLong',
  endBeforeStart: 'validation.endBeforeStart',
};

/** Register (`/projects/new?kind=Fdi`) or edit (`/projects/:id/edit`) a project of any kind. */
@Component({
  selector: 'app-project-form-page',
  imports: [DateInput, ReactiveFormsModule, RouterLink, TranslocoPipe, Icon, Badge],
  templateUrl: './project-form-page.html',
  styleUrl: './project-form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectFormPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly refs = inject(ReferenceData);

  /** Route parameter when editing. */
  readonly id = input<string | undefined>();
  /** ?kind= when registering. */
  readonly kindParam = input<string | undefined>(undefined, { alias: 'kind' });

  protected readonly kinds = PROJECT_KINDS;
  protected readonly existing = signal<ProjectDto | null>(null);
  protected readonly chosenKind = signal<Kind | null>(null);
  protected readonly kind = computed<Kind>(() => {
    const existing = this.existing()?.kind;
    if (existing) return existing as Kind;
    const chosen = this.chosenKind() ?? this.kindParam();
    return (PROJECT_KINDS as readonly string[]).includes(chosen ?? '') ? (chosen as Kind) : 'Fdi';
  });
  protected readonly isEdit = computed(() => !!this.id());
  protected readonly isAid = computed(() => this.kind() !== 'Fdi');

  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  private readonly auth = inject(AuthService);
  /** A consulted agency's edit is a proposal it gives a reason for (the API takes it on the projects of the dossiers it was consulted on). */
  protected readonly proposing = computed(
    () => (this.auth.user(), this.auth.can(Permissions.ProposalsPropose) && !this.auth.can(Permissions.ProjectsEdit)),
  );
  protected readonly reason = signal('');
  protected readonly reasonError = signal<string | null>(null);
  protected readonly submitted = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly conflict = signal(false);
  /** Server messages by form path; a field's message goes once the user changes that field. */
  protected readonly serverErrors = signal<Record<string, string>>({});
  protected readonly unplacedErrors = computed(() =>
    Object.entries(this.serverErrors())
      .filter(([path]) => !this.form.get(path))
      .map(([, message]) => message),
  );

  protected readonly communes = this.refs.options('AdministrativeUnit', (u) => u.category === 'Commune');
  protected readonly zones = this.refs.options('IndustrialZone');
  protected readonly sectors = this.refs.options('VsicDivision');
  protected readonly countries = this.refs.options('Country');
  protected readonly donors = this.refs.options('Donor');
  protected readonly dacs = this.refs.options('DacPurpose');
  protected readonly currencies = this.refs.options('Currency');
  protected readonly agencies = this.refs.options('Agency');

  protected readonly limits = limits;

  private readonly money = (...validators: ValidatorFn[]) => this.fb.control<number | null>(null, [Validators.min(0), ...validators]);

  protected readonly form = this.fb.group(
    {
      nameVi: ['', [Validators.required, Validators.maxLength(ProjectConsts.maxNameLength)]],
      nameEn: ['', Validators.maxLength(ProjectConsts.maxNameLength)],
      ownerName: ['', Validators.maxLength(ProjectConsts.maxPartyNameLength)],
      communeCode: [''],
      communeCodes: this.fb.control<string[]>([]),
      industrialZoneCode: [''],
      address: ['', Validators.maxLength(ProjectConsts.maxAddressLength)],
      sectorCode: [''],
      dacCode: [''],
      donorCode: [''],
      plannedStart: [''],
      plannedEnd: [''],
      objectives: [''],
      investors: this.fb.array<FormGroup<{ name: FormControl<string>; countryCode: FormControl<string> }>>([]),
      // Amounts, rates and numbers carry the server's limits (api/limits.ts, from its validators).
      registeredCapitalUsd: this.money(...limitValidators(limits.CreateProjectRequest.registeredCapitalUsd)),
      registeredCapitalVnd: this.money(...limitValidators(limits.CreateProjectRequest.registeredCapitalVnd)),
      fdi: this.fb.group({
        ircNumber: ['', limitValidators(limits.FdiDetailsDto.ircNumber)],
        ircDate: [''],
        durationYears: [null as number | null, limitValidators(limits.FdiDetailsDto.durationYears)],
      }),
      oda: this.fb.group({
        agreementNumber: ['', limitValidators(limits.OdaDetailsDto.agreementNumber)],
        agreementDate: [''],
        currency: ['USD'],
        odaAmount: this.money(...limitValidators(limits.OdaDetailsDto.odaAmount)),
        loanAmount: this.money(...limitValidators(limits.OdaDetailsDto.loanAmount)),
        counterpartAmount: this.money(...limitValidators(limits.OdaDetailsDto.counterpartAmount)),
        rateToUsd: [1 as number | null, limitValidators(limits.OdaDetailsDto.rateToUsd)],
        rateToVnd: [null as number | null, limitValidators(limits.OdaDetailsDto.rateToVnd)],
        rateDate: [''],
      }),
      ngo: this.fb.group({
        aidType: ['Project'],
        committedAmount: this.money(...limitValidators(limits.NgoDetailsDto.committedAmount)),
        currency: ['USD'],
        rateToUsd: [1 as number | null, limitValidators(limits.NgoDetailsDto.rateToUsd)],
        receivingAgencyCode: [''],
        field: ['', limitValidators(limits.NgoDetailsDto.field)],
        approvalDecisionNumber: ['', limitValidators(limits.NgoDetailsDto.approvalDecisionNumber)],
        approvalDate: [''],
      }),
    },
    { validators: endNotBeforeStart('plannedStart', 'plannedEnd') },
  );

  protected get investors() {
    return this.form.controls.investors;
  }

  constructor() {
    this.form.valueChanges.subscribe(() => this.dropChangedServerErrors());
  }

  ngOnInit(): void {
    const id = this.id();
    if (id) {
      void this.loadExisting(id);
    } else {
      this.addInvestor();
    }
  }

  private async loadExisting(id: string): Promise<void> {
    this.loading.set(true);
    try {
      const p = await this.api.invoke(getProject, { id });
      this.fill(p);
    } catch (e) {
      this.formError.set(problemOf(e)?.detail ?? this.transloco.translate('common.loadFailed'));
    } finally {
      this.loading.set(false);
    }
  }

  private fill(p: ProjectDto): void {
    this.existing.set(p);
    this.investors.clear();
    for (const i of p.investors ?? []) this.addInvestor(i.name, i.countryCode);
    this.form.patchValue({
      nameVi: p.nameVi ?? '',
      nameEn: p.nameEn ?? '',
      ownerName: p.ownerName ?? '',
      communeCode: p.communeCode ?? '',
      communeCodes: p.communeCodes ?? [],
      industrialZoneCode: p.industrialZoneCode ?? '',
      address: p.address ?? '',
      sectorCode: p.sectorCode ?? '',
      dacCode: p.dacCode ?? '',
      donorCode: p.donorCode ?? '',
      plannedStart: p.plannedStart ?? '',
      plannedEnd: p.plannedEnd ?? '',
      objectives: p.objectives ?? '',
      fdi: {
        ircNumber: p.fdi?.ircNumber ?? '',
        ircDate: p.fdi?.ircDate ?? '',
        durationYears: p.fdi?.durationYears ?? null,
      },
      ...(p.oda ? { oda: { ...p.oda, agreementNumber: p.oda.agreementNumber ?? '', agreementDate: p.oda.agreementDate ?? '', rateDate: p.oda.rateDate ?? '' } } : {}),
      ...(p.ngo
        ? {
            ngo: {
              ...p.ngo,
              receivingAgencyCode: p.ngo.receivingAgencyCode ?? '',
              field: p.ngo.field ?? '',
              approvalDecisionNumber: p.ngo.approvalDecisionNumber ?? '',
              approvalDate: p.ngo.approvalDate ?? '',
            },
          }
        : {}),
    });
    this.serverErrors.set({});
  }

  protected chooseKind(kind: string): void {
    this.chosenKind.set(kind as Kind);
    void this.router.navigate([], { queryParams: { kind }, replaceUrl: true });
  }

  protected addInvestor(name = '', countryCode = ''): void {
    this.investors.push(
      this.fb.group({
        name: [name, [Validators.required, ...limitValidators(limits.InvestorDto.name)]],
        countryCode: [countryCode, Validators.required],
      }),
    );
  }

  protected removeInvestor(index: number): void {
    this.investors.removeAt(index);
  }

  /** The message to show under a field: the server's, else the first client rule broken. */
  protected error(path: string): string | null {
    // A list's items come back as path.i (communeCodes[1] → communeCodes.1): shown under the list.
    const server = this.serverErrors()[path] ?? Object.entries(this.serverErrors()).find(([k]) => /^\d+$/.test(k.slice(path.length + 1)) && k.startsWith(`${path}.`))?.[1];
    if (server) return server;
    const control = this.form.get(path);
    if (!control || !(control.touched || this.submitted())) return null;
    const errors = path === 'plannedEnd' ? { ...control.errors, ...this.form.errors } : control.errors;
    const key = Object.keys(errors ?? {}).find((k) => MESSAGES[k]);
    if (!key) return null;
    // A minimum of 0 reads as "not negative"; other bounds are named with their value.
    const bound = (errors?.[key] as { min?: number; max?: number } | undefined) ?? {};
    if (key === 'min' && bound.min === 0) return this.transloco.translate('validation.notNegative');
    const n = (v: number | undefined) => (v === undefined ? '' : formatNumber(v, this.transloco.getActiveLang() === 'en' ? 'en-US' : 'vi-VN', '1.0-6'));
    return this.transloco.translate(MESSAGES[key], { min: n(bound.min), max: n(bound.max) });
  }

  private lastValues = new Map<string, unknown>();

  private dropChangedServerErrors(): void {
    const errors = this.serverErrors();
    const keep: Record<string, string> = {};
    let changed = false;
    for (const [path, message] of Object.entries(errors)) {
      const control = this.form.get(path);
      if (control && control.value !== this.lastValues.get(path)) {
        changed = true;
      } else {
        keep[path] = message;
      }
    }
    if (changed) this.serverErrors.set(keep);
  }

  private request(): CreateProjectRequest {
    return buildProjectRequest(this.kind(), this.form.getRawValue(), this.isEdit());
  }

  /** Only the controls of the chosen kind count for validity. */
  private relevantInvalid(): boolean {
    const c = this.form.controls;
    const common = [c.nameVi, c.nameEn, c.ownerName, c.address, c.plannedStart, c.plannedEnd];
    const byKind =
      this.kind() === 'Fdi'
        ? [c.investors, c.fdi, ...(this.isEdit() ? [] : [c.registeredCapitalUsd, c.registeredCapitalVnd])]
        : this.kind() === 'NgoAid'
          ? [c.ngo]
          : [c.oda];
    return [...common, ...byKind].some((control) => control.invalid) || !!this.form.errors;
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    this.formError.set(null);
    if (this.relevantInvalid()) {
      this.formError.set(this.transloco.translate('projects.form.fixErrors'));
      return;
    }
    this.reasonError.set(null);
    if (this.proposing() && !this.reason().trim()) {
      this.reasonError.set(this.transloco.translate('projects.form.proposalReasonRequired'));
      this.formError.set(this.transloco.translate('projects.form.fixErrors'));
      return;
    }
    this.saving.set(true);
    this.conflict.set(false);
    try {
      const body = this.request();
      const existing = this.existing();
      if (existing && this.proposing()) {
        await this.api.invoke(proposeProjectData, { id: existing.id!, body: { changes: body, reason: this.reason().trim() } });
        await this.router.navigate(['/projects', existing.id]);
        return;
      }
      const saved = existing
        ? await this.api.invoke(updateProject, { id: existing.id!, body }, ifMatch(existing.version))
        : await this.api.invoke(createProject, { body: { ...body, kind: this.kind() as ProjectKind } });
      // An owner's edit comes back as a proposal (its own id): go back to the project, which shows it as waiting.
      await this.router.navigate(['/projects', existing ? existing.id : saved.id]);
    } catch (e) {
      this.handleError(e);
    } finally {
      this.saving.set(false);
    }
  }

  private handleError(e: unknown): void {
    const problem = problemOf(e);
    if (problem?.status === 412) {
      this.conflict.set(true);
      return;
    }
    const errors = fieldErrors(problem?.errors);
    this.lastValues = new Map(Object.keys(errors).map((p) => [p, this.form.get(p)?.value]));
    this.serverErrors.set(errors);
    this.formError.set(
      Object.keys(errors).length
        ? this.transloco.translate('projects.form.fixErrors')
        : (problem?.detail ?? this.transloco.translate('common.saveFailed')),
    );
  }

  protected async reload(): Promise<void> {
    const id = this.id();
    if (id) await this.loadExisting(id);
    this.conflict.set(false);
    this.formError.set(null);
  }
}
