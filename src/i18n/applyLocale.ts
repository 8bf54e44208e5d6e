// Makes the rest of the page follow the chosen language: the <html lang> attribute (screen readers
// pick their voice from it), the decimal mark of every formatted number, and D3's default number format.
import { formatDefaultLocale } from 'd3';
import { setDecimalMark } from '../format/formatNumber';
import type { AppStore } from '../store/appState';
import { LOCALE_TAGS, type Locale } from './locale';

const D3_NUMBER_LOCALES = {
  en: { decimal: '.', thousands: '\u202f', grouping: [3], currency: ['', ''] as [string, string] },
  de: { decimal: ',', thousands: '\u202f', grouping: [3], currency: ['', ''] as [string, string] },
} satisfies Record<Locale, unknown>;

export function applyLocale(locale: Locale, doc: Document | undefined = globalThis.document): void {
  setDecimalMark(D3_NUMBER_LOCALES[locale].decimal as '.' | ',');
  formatDefaultLocale(D3_NUMBER_LOCALES[locale]);
  if (doc) doc.documentElement.lang = LOCALE_TAGS[locale];
}

/** Applies the store's language now and whenever it changes, before React renders the new text. */
export function startLocaleSync(store: AppStore): () => void {
  applyLocale(store.getState().locale);
  return store.subscribe((s, prev) => {
    if (s.locale !== prev.locale) applyLocale(s.locale);
  });
}
