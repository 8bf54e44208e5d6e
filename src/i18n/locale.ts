// The languages QKD Lab speaks and how the `lang` URL key picks one. English is the default and the
// language of the accessible-name contract; a bad `lang` value is reported and English kept.

export const LOCALES = ['en', 'de', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', de: 'Deutsch', zh: '简体中文' };

/** BCP 47 tags for Intl and the <html lang> attribute. */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { en: 'en', de: 'de-DE', zh: 'zh-CN' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export interface LangIssue {
  key: 'lang';
  raw: string;
}

/**
 * Reads `?lang=`: "de", "DE" and "de-AT" all choose German, "zh", "zh-CN" and "zh-Hans" Chinese; anything else is
 * an issue and English stays.
 */
export function localeFromQuery(search: string): { locale: Locale; issue: LangIssue | null } {
  const raw = new URLSearchParams(search).get('lang');
  if (raw === null || raw.trim() === '') return { locale: DEFAULT_LOCALE, issue: null };
  const primary = raw.trim().toLowerCase().split(/[-_]/)[0];
  if (isLocale(primary)) return { locale: primary, issue: null };
  return { locale: DEFAULT_LOCALE, issue: { key: 'lang', raw } };
}
