/**
 * Field limits of the server (Domain.Shared's *Consts classes), for the forms' maxLength. Each object is named after its
 * C# class and each key after its constant (camelCase); the back end's test LimitsFileTests reads this file and fails
 * when a value differs from the server's, so a form never accepts what the API refuses, nor refuses what it accepts.
 */
export const ProjectConsts = {
  maxCodeLength: 32,
  maxNameLength: 512,
  maxNationalCodeLength: 32,
  maxPartyNameLength: 256,
  maxAddressLength: 512,
  maxObjectivesLength: 4000,
  maxDocumentNumberLength: 64,
  maxNoteLength: 2000,
} as const;

export const ReferenceConsts = {
  maxCodeLength: 32,
  maxNameLength: 256,
} as const;

export const FinanceConsts = {
  maxReferenceLength: 100,
  maxReasonLength: 1000,
} as const;

export const DossierConsts = {
  maxDecisionNumberLength: 60,
} as const;
