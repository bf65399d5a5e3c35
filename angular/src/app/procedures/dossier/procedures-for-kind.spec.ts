import { consultableAgencies, consultsAgencies, mayConsultAgencies } from './procedures-for-kind';

describe('consulted agencies', () => {
  const list = [
    { code: 'STC', category: 'PlanningDepartment', effectiveFrom: '2025-03-01', effectiveTo: null, isActive: true },
    { code: 'SNGV', category: 'Consulted', effectiveFrom: null, effectiveTo: '2025-02-28', isActive: true },
    { code: 'CAT', category: 'Consulted', effectiveFrom: null, effectiveTo: null, isActive: true },
    { code: 'UBND', category: 'PeoplesCommittee', effectiveFrom: null, effectiveTo: null, isActive: true },
    { code: 'HCTD', category: 'Beneficiary', effectiveFrom: null, effectiveTo: null, isActive: true },
    { code: 'OLD', category: 'Consulted', effectiveFrom: null, effectiveTo: null, isActive: false },
  ];

  it('offers the Agency reference list in force on the receipt day, without the committee and beneficiaries', () => {
    expect(consultableAgencies(list, '2025-06-02').map((a) => a.code)).toEqual(['STC', 'CAT']);
    expect(consultableAgencies(list, '2025-01-15').map((a) => a.code)).toEqual(['SNGV', 'CAT']);
  });

  it('requires agencies for the NGO procedure and offers them to the FDI ones', () => {
    expect(consultsAgencies('ngo-aid-approval')).toBe(true);
    expect(mayConsultAgencies('fdi-irc-adjust')).toBe(true);
    expect(consultsAgencies('fdi-irc-adjust')).toBe(false);
    expect(mayConsultAgencies('oda-proposal')).toBe(false);
  });
});
