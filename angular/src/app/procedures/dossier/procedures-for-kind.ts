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

/** Procedures whose model consults agencies in parallel (multi-instance over `agencies`). */
export function consultsAgencies(procedureKey: string): boolean {
  return procedureKey === 'ngo-aid-approval';
}

/**
 * The agency codes the procedures use as candidate groups (`agency:<code>`), which the agency
 * users carry. They are not the codes of the Agency reference list.
 */
export const CONSULTED_AGENCIES = ['finance', 'police', 'foreign-affairs', 'friendship-union', 'line-department'] as const;

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
