import { donorName } from './donor-name';

describe('donorName', () => {
  const wb = { donorCode: 'WB', donorNameVi: 'Ngân hàng Thế giới', donorNameEn: 'World Bank' };

  it('names the donor in the UI language, never by its code', () => {
    expect(donorName(wb, 'vi')).toBe('Ngân hàng Thế giới');
    expect(donorName(wb, 'en')).toBe('World Bank');
  });

  it('falls back to the other language, then to the code, then to a dash', () => {
    expect(donorName({ donorCode: 'DHF', donorNameVi: 'Quỹ DHF', donorNameEn: null }, 'en')).toBe('Quỹ DHF');
    expect(donorName({ donorCode: 'X', donorNameVi: null, donorNameEn: 'X Foundation' }, 'vi')).toBe('X Foundation');
    expect(donorName({ donorCode: 'X' }, 'en')).toBe('X');
    expect(donorName({ donorCode: null }, 'vi')).toBe('—');
  });
});
