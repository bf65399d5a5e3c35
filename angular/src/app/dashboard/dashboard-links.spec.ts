import { donorLink, linkUrl, listLink, tileLinks } from './dashboard-links';

describe('dashboard links', () => {
  it('sends each KPI tile to the project list filtered the same way', () => {
    const links = tileLinks({ year: 2026, asOf: '2026-11-25' });
    expect(linkUrl(links.newFdi)).toBe('/projects?kind=Fdi&from=2026-01-01&to=2026-11-25');
    expect(linkUrl(links.validFdi)).toBe('/projects?kind=Fdi&to=2026-11-25');
    expect(linkUrl(links.oda)).toBe('/projects?kind=Oda');
    expect(linkUrl(links.ngo)).toBe('/projects?kind=NgoAid&from=2026-01-01&to=2026-11-25');
  });

  it("maps the API's chart filters to the list's parameters", () => {
    expect(linkUrl(listLink({ kind: 'Fdi', from: '2026-01-01', to: '2026-12-31', country: 'KR' }))).toBe(
      '/projects?kind=Fdi&from=2026-01-01&to=2026-12-31&country=KR',
    );
    // The dashboard groups by VSIC section; the list filters sections through "sector".
    expect(listLink({ kind: 'Fdi', section: 'C' }).query).toEqual({ kind: 'Fdi', sector: 'C' });
    expect(linkUrl(donorLink({ donorCode: 'WB' }))).toBe('/projects?kind=Oda&donor=WB');
  });
});
