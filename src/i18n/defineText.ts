// The one i18n layer: every visible string lives in a catalogue made by defineText, with an English
// and a German entry of exactly the same shape (TypeScript refuses a catalogue with a missing key).

import type { Locale } from './locale';

/**
 * A catalogue entry is a plain string, or a function for text with values in it (numbers, names,
 * plurals), so each language can order and inflect its own sentence.
 */
export type TextEntry = string | ((...args: never[]) => string);
export type TextShape = Readonly<Record<string, TextEntry | Readonly<Record<string, TextEntry>>>>;

export type Catalogue<T extends TextShape> = Readonly<Record<Locale, T>>;

/**
 * Declares the text of one feature in every language. The German object must have the English
 * object's keys and function signatures; `T` is inferred from English.
 */
export function defineText<T extends TextShape>(catalogue: { en: T; de: NoInfer<T> }): Catalogue<T> {
  return catalogue;
}

/** The text of one catalogue in one language, for code outside React (plot summaries, scene text, exports). */
export function textFor<T extends TextShape>(catalogue: Catalogue<T>, locale: Locale): T {
  return catalogue[locale];
}
