// Makes the rest of the page follow the chosen language: the <html lang> attribute (screen readers
// pick their voice from it, and locales.css its font), the decimal mark of every formatted number, and D3's default
// number format.
import { formatDefaultLocale } from 'd3';
import { setNumberLocale } from '../format/formatNumber';
import type { AppStore } from '../store/appState';
import { LOCALE_TAGS, type Locale } from './locale';
import { decimalMark } from './numbers';
import './locales.css';

export function applyLocale(locale: Locale, doc: Document | undefined = globalThis.document): void {
  setNumberLocale(locale);
  // D3's axes: the language's decimal mark (from Intl), thin-space grouping as everywhere in the app.
  formatDefaultLocale({ decimal: decimalMark(locale), thousands: '\u202f', grouping: [3], currency: ['', ''] });
  if (doc) doc.documentElement.lang = LOCALE_TAGS[locale];
}

/** Applies the store's language now and whenever it changes, before React renders the new text. */
export function startLocaleSync(store: AppStore): () => void {
  applyLocale(store.getState().locale);
  return store.subscribe((s, prev) => {
    if (s.locale !== prev.locale) applyLocale(s.locale);
  });
}
