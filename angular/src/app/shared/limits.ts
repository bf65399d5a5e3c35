import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';

import { requestLimits as api } from '../api/limits';

/**
 * Field limits of the server (Domain.Shared's *Consts classes), for the forms' maxLength. Each object is named after its
 * C# class and each key after its constant (camelCase). The values come from the OpenAPI document (api/limits.ts,
 * written by `npm run gen:api` from the limits the server's validators put on its request schemas); a limit the
 * document loses no longer compiles. The back end's test LimitsFileTests reads this file and fails when a value differs
 * from the server's constant, so a form never accepts what the API refuses, nor refuses what it accepts.
 */
export const ProjectConsts = {
  maxNameLength: api.CreateProjectRequest.nameVi.maxLength,
  maxNationalCodeLength: api.CreateProjectRequest.nationalCode.maxLength,
  maxPartyNameLength: api.CreateProjectRequest.ownerName.maxLength,
  maxAddressLength: api.CreateProjectRequest.address.maxLength,
  maxObjectivesLength: api.CreateProjectRequest.objectives.maxLength,
  maxNoteLength: api.RecordCapitalEventRequest.note.maxLength,
} as const;

export const ReferenceConsts = {
  maxCodeLength: api.ReferenceItemInput.code.maxLength,
  maxNameLength: api.ReferenceItemInput.nameVi.maxLength,
} as const;

export const FinanceConsts = {
  maxReferenceLength: api.DisbursementInput.reference.maxLength,
  maxReasonLength: api.CapitalPlanInput.reason.maxLength,
} as const;

/**
 * The decision number is a variable of the task's completion (CompleteTaskRequest.variables), which no request schema
 * describes: its limit is the column's, written here and held equal to the constant by LimitsFileTests.
 */
export const DossierConsts = {
  maxDecisionNumberLength: 60,
} as const;

/** A property's limits as the OpenAPI document states them (api/limits.ts). */
export interface PropertyLimits {
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
}

/**
 * The form validators of a property's limits: the same bounds the server's validator checks, so a form shows the error
 * before the request. An empty field passes (required is a rule of its own). Errors: `maxlength`, `minlength`, `min`, `max`,
 * `exclusiveMin` ({ min }), `exclusiveMax` ({ max }).
 */
export function limitValidators(limits: PropertyLimits): ValidatorFn[] {
  const result: ValidatorFn[] = [];
  if (limits.maxLength !== undefined) result.push(Validators.maxLength(limits.maxLength));
  if (limits.minLength !== undefined) result.push(Validators.minLength(limits.minLength));
  if (limits.minimum !== undefined) result.push(Validators.min(limits.minimum));
  if (limits.maximum !== undefined) result.push(Validators.max(limits.maximum));
  const { exclusiveMinimum: above, exclusiveMaximum: below } = limits;
  if (above !== undefined) result.push(numberCheck((n) => n > above, { exclusiveMin: { min: above } }));
  if (below !== undefined) result.push(numberCheck((n) => n < below, { exclusiveMax: { max: below } }));
  return result;
}

function numberCheck(ok: (n: number) => boolean, error: ValidationErrors): ValidatorFn {
  return (control: AbstractControl) => {
    const value: unknown = control.value;
    if (value === null || value === undefined || value === '') return null;
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isNaN(n) || ok(n) ? null : error;
  };
}
