/** Which procedures a project of each kind goes through (keys of the shipped models). */
const BY_KIND: Record<string, string[]> = {
  NgoAid: ['ngo-aid-approval'],
  Fdi: ['fdi-irc-new', 'fdi-irc-adjust', 'fdi-capital-contribution'],
  Oda: ['oda-proposal', 'oda-annual-plan'],
  ConcessionalLoan: ['oda-proposal', 'oda-annual-plan'],
};

export function proceduresForKind(kind: string | null | undefined): string[] {
  return BY_KIND[kind ?? ''] ?? [];
}

/** Started by the system, not by hand: the archive hand-over (its job starts it for each approved decision). */
const STARTED_BY_SYSTEM = new Set(['decision-archive']);

/**
 * Whether staff start the procedure from its page ("Khởi chạy"): not one a dossier is received into (that needs a project and
 * goes through "Nộp hồ sơ"), nor one the system starts.
 */
export function startableByHand(procedureKey: string): boolean {
  return !STARTED_BY_SYSTEM.has(procedureKey) && !Object.values(BY_KIND).some((keys) => keys.includes(procedureKey));
}

/** Procedures whose model consults agencies in parallel (multi-instance over `agencies`): at least one is required. */
export function consultsAgencies(procedureKey: string): boolean {
  return procedureKey === 'ngo-aid-approval';
}

/** Procedures that consult the agencies picked, if any (the FDI ones skip the consultation when none is). */
export function mayConsultAgencies(procedureKey: string): boolean {
  return consultsAgencies(procedureKey) || procedureKey.startsWith('fdi-');
}

/** Categories of the Agency reference list that are never consulted: the deciding committee and aid beneficiaries. */
const NOT_CONSULTED = new Set(['PeoplesCommittee', 'Beneficiary']);

/**
 * The agencies an officer may consult on a dossier received on `on` (yyyy-MM-dd): the Agency reference list's active
 * entries in force that day. Their codes are the procedures' candidate groups (`agency:<code>`), which agency users carry.
 */
export function consultableAgencies<T extends { code: string; category?: string | null; effectiveFrom?: string | null; effectiveTo?: string | null; isActive?: boolean }>(
  items: readonly T[],
  on: string,
): T[] {
  return items.filter(
    (a) =>
      a.isActive !== false &&
      !NOT_CONSULTED.has(a.category ?? '') &&
      (!a.effectiveFrom || a.effectiveFrom <= on) &&
      (!a.effectiveTo || !on || a.effectiveTo >= on),
  );
}

/** Names of a model's elements by id, for the history list ("who did what"). */
export function elementNames(xml: string): Record<string, string> {
  const names: Record<string, string> = {};
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    const id = el.getAttribute('id');
    const name = el.getAttribute('name');
    if (id && name && !el.localName.startsWith('BPMN')) names[id] = name;
  }
  return names;
}
