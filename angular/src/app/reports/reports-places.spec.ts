import { placeNames } from './aid-places';

describe('placeNames', () => {
  it('lists every commune of a programme in the UI language', () => {
    const row = { placeNameVi: 'Xã Ân Thi', places: ['Xã Ân Thi', 'Xã Tiền Hải'], placesEn: ['An Thi Commune', 'Tien Hai Commune'] };
    expect(placeNames(row, 'vi')).toBe('Xã Ân Thi; Xã Tiền Hải');
    expect(placeNames(row, 'en')).toBe('An Thi Commune; Tien Hai Commune');
  });

  it('falls back to the single place, then to a dash', () => {
    expect(placeNames({ placeNameVi: 'Toàn tỉnh' }, 'en')).toBe('Toàn tỉnh');
    expect(placeNames({}, 'vi')).toBe('—');
  });
});
