// The "Language" menu in the page header: each language named in itself. The choice lives in the
// view slice, is applied to <html lang> and the number format at once, and is written to the URL (lang).
import { useId } from 'react';
import { useAppState } from '../store/useAppState';
import { headerText } from './text/header';
import { LOCALES, LOCALE_NAMES, LOCALE_TAGS, isLocale } from './locale';
import { useLocale, useText } from './useText';

export function LanguageSelect() {
  const locale = useLocale();
  const setLocale = useAppState((s) => s.setLocale);
  const text = useText(headerText);
  const selectId = useId();
  return (
    <div className="field language-field">
      <label htmlFor={selectId}>{text.language}</label>
      <select
        id={selectId}
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={LOCALE_TAGS[l]}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
