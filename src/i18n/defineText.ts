// The one i18n layer: every visible string lives in a catalogue made by defineText, one entry per language of
// LOCALES, all of exactly the same shape (TypeScript refuses a catalogue with a missing language or key).

import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale';

/**
 * A catalogue entry is a plain string, or a function for text with values in it (numbers, names,
 * plurals), so each language can order and inflect its own sentence.
 */
export type TextEntry = string | ((...args: never[]) => string);
export type TextShape = Readonly<Record<string, TextEntry | Readonly<Record<string, TextEntry>>>>;

export type Catalogue<T extends TextShape> = Readonly<Record<Locale, T>>;

/**
 * Languages whose catalogues are still being written: their entry may be left out for now and falls back to
 * English. Empty (never) once every catalogue has them, so from then on a missing language fails the type check.
 */
type PendingLocale = 'zh';

/** One object per language; `T` is inferred from English and every other language must match it. */
export type CatalogueEntries<T> = { en: T } & { [L in Exclude<Locale, 'en' | PendingLocale>]: NoInfer<T> } & {
  [L in PendingLocale]?: NoInfer<T>;
};

/** Declares the text of one feature in every language. */
export function defineText<T extends TextShape>(catalogue: CatalogueEntries<T>): Catalogue<T> {
  const all = catalogue as Partial<Record<Locale, T>>;
  return Object.fromEntries(LOCALES.map((l) => [l, all[l] ?? all[DEFAULT_LOCALE]])) as Record<Locale, T>;
}

/** The text of one catalogue in one language, for code outside React (plot summaries, scene text, exports). */
export function textFor<T extends TextShape>(catalogue: Catalogue<T>, locale: Locale): T {
  return catalogue[locale];
}
