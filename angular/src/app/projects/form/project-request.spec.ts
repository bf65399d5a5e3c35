import { buildProjectRequest, ProjectFormValue } from './project-request';

/** What every kind sends, as the filled form below holds it (no blanks to trim). */
const common = {
  nameVi: 'Nhà máy Hanul',
  nameEn: 'Hanul factory',
  ownerName: 'Công ty TNHH Hanul Việt Nam',
  communeCode: '33024',
  communeCodes: ['33024', '33026'],
  industrialZoneCode: 'KCN-PHONGPHU',
  address: 'Lô A1, KCN Phố Nối A',
  sectorCode: 'C27',
  plannedStart: '2026-01-01',
  plannedEnd: '2030-12-31',
  objectives: 'Sản xuất thiết bị điện',
};

const odaDetails = {
  agreementNumber: 'VN23-P7',
  agreementDate: '2025-06-30',
  currency: 'JPY',
  odaAmount: 2_000_000_000,
  loanAmount: 1_500_000_000,
  counterpartAmount: 80_000_000,
  rateToUsd: 0.0067,
  rateToVnd: 168.5,
  rateDate: '2025-06-30',
};

const ngoDetails = {
  aidType: 'NonProject',
  committedAmount: 250_000,
  currency: 'EUR',
  rateToUsd: 1.08,
  receivingAgencyCode: 'SYT',
  field: 'Y tế',
  approvalDecisionNumber: '123/QĐ-UBND',
  approvalDate: '2025-09-15',
};

/** A form filled in for every kind at once, as the page's raw value is: only the chosen kind's part may be sent. */
const filled = (): ProjectFormValue => ({
  ...common,
  communeCodes: [...common.communeCodes],
  dacCode: '14030',
  donorCode: 'JICA',
  investors: [{ name: 'Hanul Co., Ltd.', countryCode: 'KR' }],
  registeredCapitalUsd: 12_500_000,
  registeredCapitalVnd: 300_000_000_000,
  fdi: { ircNumber: '2143527689', ircDate: '2025-11-20', durationYears: 50 },
  oda: { ...odaDetails },
  ngo: { ...ngoDetails },
});

describe('buildProjectRequest', () => {
  it("sends an FDI project's investors, IRC and registered capital, and no donor or aid details", () => {
    const body = buildProjectRequest('Fdi', filled(), false);

    expect(body).toStrictEqual({
      ...common,
      investors: [{ name: 'Hanul Co., Ltd.', countryCode: 'KR' }],
      fdi: { ircNumber: '2143527689', ircDate: '2025-11-20', durationYears: 50 },
      registeredCapitalUsd: 12_500_000,
      registeredCapitalVnd: 300_000_000_000,
    });
    for (const key of ['donorCode', 'dacCode', 'oda', 'ngo']) expect(body).not.toHaveProperty(key);
  });

  it("leaves an FDI project's registered capital out of an edit", () => {
    const body = buildProjectRequest('Fdi', filled(), true);

    expect(body.fdi).toEqual({ ircNumber: '2143527689', ircDate: '2025-11-20', durationYears: 50 });
    expect(body).not.toHaveProperty('registeredCapitalUsd');
    expect(body).not.toHaveProperty('registeredCapitalVnd');
  });

  it("sends an ODA project's donor, DAC purpose and agreement, with no investors and no FDI or NGO details", () => {
    const body = buildProjectRequest('Oda', filled(), false);

    expect(body).toStrictEqual({ ...common, donorCode: 'JICA', dacCode: '14030', investors: [], oda: odaDetails });
    for (const key of ['fdi', 'ngo', 'registeredCapitalUsd', 'registeredCapitalVnd']) expect(body).not.toHaveProperty(key);
  });

  it('sends a concessional loan as an ODA project: its agreement in the oda block', () => {
    const body = buildProjectRequest('ConcessionalLoan', filled(), true);

    expect(body).toStrictEqual({ ...common, donorCode: 'JICA', dacCode: '14030', investors: [], oda: odaDetails });
    for (const key of ['fdi', 'ngo']) expect(body).not.toHaveProperty(key);
  });

  it("sends an NGO aid's commitment and approval, with no investors and no FDI or ODA details", () => {
    const body = buildProjectRequest('NgoAid', filled(), false);

    expect(body).toStrictEqual({
      ...common,
      donorCode: 'JICA',
      dacCode: '14030',
      investors: [],
      ngo: ngoDetails,
    });
    for (const key of ['fdi', 'oda', 'registeredCapitalUsd', 'registeredCapitalVnd']) expect(body).not.toHaveProperty(key);
  });

  it('sends an edited domestic project like aid without details: donor and DAC purpose, no investors', () => {
    const body = buildProjectRequest('DomesticInvestment', filled(), true);

    expect(body).toStrictEqual({ ...common, donorCode: 'JICA', dacCode: '14030', investors: [] });
  });

  it('trims text, sends blanks as null, empty numbers as null and empty amounts and rates as 0', () => {
    const v = filled();
    Object.assign(v, {
      nameVi: '  Nhà máy Hanul  ',
      nameEn: '   ',
      ownerName: ' Hanul ',
      communeCode: '',
      industrialZoneCode: ' ',
      address: '',
      sectorCode: '',
      plannedStart: '',
      plannedEnd: ' ',
      objectives: '\n',
      donorCode: '  ',
      dacCode: ' 14030 ',
      investors: [{ name: '  Hanul  ', countryCode: 'KR' }],
      // A number may reach the form as text: '' goes as null, '42' as 42.
      registeredCapitalUsd: '' as unknown as number,
      registeredCapitalVnd: '42' as unknown as number,
    });
    v.fdi = { ircNumber: ' ', ircDate: '', durationYears: null };
    v.oda = { ...v.oda, agreementNumber: ' VN23-P7 ', agreementDate: '', odaAmount: null, loanAmount: '' as unknown as number, rateToVnd: null, rateDate: ' ' };
    v.ngo = { ...v.ngo, committedAmount: null, rateToUsd: null, field: '  ', approvalDecisionNumber: ' 123/QĐ-UBND ' };
    const blanks = {
      nameVi: 'Nhà máy Hanul',
      nameEn: null,
      ownerName: 'Hanul',
      communeCode: null,
      industrialZoneCode: null,
      address: null,
      sectorCode: null,
      plannedStart: null,
      plannedEnd: null,
      objectives: null,
    };

    expect(buildProjectRequest('Fdi', v, false)).toMatchObject({
      ...blanks,
      investors: [{ name: 'Hanul', countryCode: 'KR' }],
      fdi: { ircNumber: null, ircDate: null, durationYears: null },
      registeredCapitalUsd: null,
      registeredCapitalVnd: 42,
    });
    expect(buildProjectRequest('Oda', v, false)).toMatchObject({
      ...blanks,
      donorCode: null,
      dacCode: '14030',
      oda: { ...odaDetails, agreementNumber: 'VN23-P7', agreementDate: null, odaAmount: 0, loanAmount: 0, rateToVnd: 0, rateDate: null },
    });
    expect(buildProjectRequest('NgoAid', v, false).ngo).toMatchObject({
      committedAmount: 0,
      rateToUsd: 0,
      field: null,
      approvalDecisionNumber: '123/QĐ-UBND',
    });
    // A name of only blanks is trimmed, not nulled: the server's required rule answers for it.
    expect(buildProjectRequest('Fdi', { ...v, nameVi: '   ' }, false).nameVi).toBe('');
  });
});
