/** The fields an NGO programme row carries about where it lies. */
export interface AidPlaced {
  placeNameVi?: string | null;
  places?: string[];
  placesEn?: string[];
}

/** Every place of a programme in the UI language, joined ("Xã Ân Thi; Xã Tiền Hải"); its single place, or a dash, otherwise. */
export function placeNames(r: AidPlaced, language: string): string {
  const names = language === 'en' && r.placesEn?.length ? r.placesEn : r.places?.length ? r.places : r.placeNameVi ? [r.placeNameVi] : [];
  return names.length ? names.join('; ') : '—';
}
