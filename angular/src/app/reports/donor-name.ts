/** The fields a report row or chart bar carries about its donor. */
export interface DonorNamed {
  donorCode?: string | null;
  donorNameVi?: string | null;
  donorNameEn?: string | null;
}

/** The donor's name in the UI language (the other language's name, then its code, when that one is missing). */
export function donorName(r: DonorNamed, language: string): string {
  const name = language === 'en' ? r.donorNameEn || r.donorNameVi : r.donorNameVi || r.donorNameEn;
  return name || r.donorCode || '—';
}
