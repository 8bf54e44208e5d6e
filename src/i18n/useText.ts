// React access to the i18n layer: useText(catalogue) gives the current language's strings and
// re-renders the component when the language changes; useLocale() gives the language itself.
import type { Catalogue, TextShape } from './defineText';
import type { Locale } from './locale';
import { useAppState } from '../store/useAppState';

export function useLocale(): Locale {
  return useAppState((s) => s.locale);
}

export function useText<T extends TextShape>(catalogue: Catalogue<T>): T {
  return catalogue[useLocale()];
}
