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
