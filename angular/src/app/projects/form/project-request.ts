/** The body the project form sends, built from its raw value — plain functions, tested without a browser. */

import { AidType, CreateProjectRequest, ProjectKind } from '../../api/models';

/** The project form's raw value (`form.getRawValue()`): every kind's controls, whichever kind is chosen. */
export interface ProjectFormValue {
  nameVi: string;
  nameEn: string;
  ownerName: string;
  communeCode: string;
  communeCodes: string[];
  industrialZoneCode: string;
  address: string;
  sectorCode: string;
  dacCode: string;
  donorCode: string;
  plannedStart: string;
  plannedEnd: string;
  objectives: string;
  investors: { name: string; countryCode: string }[];
  registeredCapitalUsd: number | null;
  registeredCapitalVnd: number | null;
  fdi: { ircNumber: string; ircDate: string; durationYears: number | null };
  oda: OdaFormValue;
  ngo: NgoFormValue;
}

export interface OdaFormValue {
  agreementNumber: string;
  agreementDate: string;
  currency: string;
  odaAmount: number | null;
  loanAmount: number | null;
  counterpartAmount: number | null;
  rateToUsd: number | null;
  rateToVnd: number | null;
  rateDate: string;
}

export interface NgoFormValue {
  aidType: string;
  committedAmount: number | null;
  currency: string;
  rateToUsd: number | null;
  receivingAgencyCode: string;
  field: string;
  approvalDecisionNumber: string;
  approvalDate: string;
}

/** Trimmed text, or null when nothing but blanks was typed. */
const text = (s: string) => (s.trim() ? s.trim() : null);
/** A number input's value as a number, or null when it is empty. */
const num = (n: number | null | undefined) => (n === null || n === undefined || (n as unknown) === '' ? null : Number(n));

/** The request for a project of the given kind: the common fields, then the kind's own. */
export function buildProjectRequest(kind: ProjectKind, v: ProjectFormValue, isEdit: boolean): CreateProjectRequest {
  return {
    ...commonFields(v),
    ...(kind === 'Fdi' ? fdiFields(v, isEdit) : aidFields(v)),
    ...(kind === 'Oda' || kind === 'ConcessionalLoan' ? odaFields(v.oda) : {}),
    ...(kind === 'NgoAid' ? ngoFields(v.ngo) : {}),
  };
}

/** What every kind of project sends. */
export function commonFields(v: ProjectFormValue): CreateProjectRequest {
  return {
    nameVi: v.nameVi.trim(),
    nameEn: text(v.nameEn),
    ownerName: text(v.ownerName),
    communeCode: text(v.communeCode),
    communeCodes: v.communeCodes ?? [],
    industrialZoneCode: text(v.industrialZoneCode),
    address: text(v.address),
    sectorCode: text(v.sectorCode),
    plannedStart: text(v.plannedStart),
    plannedEnd: text(v.plannedEnd),
    objectives: text(v.objectives),
  };
}

/** An FDI project's investors and IRC, and its registered capital only when registering. */
export function fdiFields(v: ProjectFormValue, isEdit: boolean): CreateProjectRequest {
  return {
    investors: v.investors.map((i) => ({
      name: i.name.trim(),
      countryCode: i.countryCode,
    })),
    fdi: { ircNumber: text(v.fdi.ircNumber), ircDate: text(v.fdi.ircDate), durationYears: num(v.fdi.durationYears) },
    ...(isEdit
      ? {}
      : { registeredCapitalUsd: num(v.registeredCapitalUsd), registeredCapitalVnd: num(v.registeredCapitalVnd) }),
  };
}

/** What every kind but FDI sends: its donor and DAC purpose, and no investors. */
export function aidFields(v: ProjectFormValue): CreateProjectRequest {
  return {
    donorCode: text(v.donorCode),
    dacCode: text(v.dacCode),
    investors: [],
  };
}

/** An ODA project's or concessional loan's agreement and amounts; an empty amount or rate goes as 0. */
export function odaFields(o: OdaFormValue): CreateProjectRequest {
  return {
    oda: {
      agreementNumber: text(o.agreementNumber),
      agreementDate: text(o.agreementDate),
      currency: o.currency,
      odaAmount: num(o.odaAmount) ?? 0,
      loanAmount: num(o.loanAmount) ?? 0,
      counterpartAmount: num(o.counterpartAmount) ?? 0,
      rateToUsd: num(o.rateToUsd) ?? 0,
      rateToVnd: num(o.rateToVnd) ?? 0,
      rateDate: text(o.rateDate),
    },
  };
}

/** An NGO aid's commitment and approval; an empty amount or rate goes as 0. */
export function ngoFields(n: NgoFormValue): CreateProjectRequest {
  return {
    ngo: {
      aidType: n.aidType as AidType,
      committedAmount: num(n.committedAmount) ?? 0,
      currency: n.currency,
      rateToUsd: num(n.rateToUsd) ?? 0,
      receivingAgencyCode: text(n.receivingAgencyCode),
      field: text(n.field),
      approvalDecisionNumber: text(n.approvalDecisionNumber),
      approvalDate: text(n.approvalDate),
    },
  };
}
