/** The interface languages, Vietnamese first: it is the default. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

/** Culture used for numbers, dates and money (and sent to the server as Accept-Language). */
export const CULTURES: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
