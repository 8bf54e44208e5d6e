// The one i18n layer: every visible string lives in a catalogue made by defineText, one entry per language of
// LOCALES, all of exactly the same shape (TypeScript refuses a catalogue with a missing language or key).

import type { Locale } from './locale';

/**
 * A catalogue entry is a plain string, or a function for text with values in it (numbers, names,
 * plurals), so each language can order and inflect its own sentence.
 */
export type TextEntry = string | ((...args: never[]) => string);
export type TextShape = Readonly<Record<string, TextEntry | Readonly<Record<string, TextEntry>>>>;

export type Catalogue<T extends TextShape> = Readonly<Record<Locale, T>>;

/**
 * One object per language of LOCALES. `T` is inferred from English alone (NoInfer elsewhere), so every other
 * language must have English's keys and function signatures, and a language left out fails the type check.
 */
export type CatalogueEntries<T> = { en: T } & { [L in Exclude<Locale, 'en'>]: NoInfer<T> };

/** Declares the text of one feature in every language. */
export function defineText<T extends TextShape>(catalogue: CatalogueEntries<T>): Catalogue<T> {
  return catalogue;
}

/** The text of one catalogue in one language, for code outside React (plot summaries, scene text, exports). */
export function textFor<T extends TextShape>(catalogue: Catalogue<T>, locale: Locale): T {
  return catalogue[locale];
}
