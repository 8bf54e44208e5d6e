// Connects the store to the address bar: reads the shareable state once at start (reporting bad values
// as notices) and afterwards mirrors params, preset, seed and colour profile into the URL (debounced replaceState).
import type { AppStore } from '../store/appState';
import { colorProfileFromQuery } from '../theme/colorProfile';
import { LESSON_IDS } from '../lessons/lessons';
import { DEFAULT_LOCALE, LOCALES, localeFromQuery } from '../i18n/locale';
import type { Notice } from '../store/viewSlice';
import type { LinkIssue } from './linkIssue';
import { parseClassroomParams } from './classroomParams';
import { decodeUrlState, encodeUrlState } from './urlState';

const WRITE_DELAY_MS = 250;

function freshSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

export function loadStateFromUrl(store: AppStore, search: string): void {
  const decoded = decodeUrlState(search, freshSeed());
  store.getState().loadParams(decoded);
  const colour = colorProfileFromQuery(search);
  store.getState().setColorProfile(colour.profile);
  const lang = localeFromQuery(search);
  store.getState().setLocale(lang.locale);
  const classroom = parseClassroomParams(search, LESSON_IDS).issues;
  const langIssue: LinkIssue | null = lang.issue && {
    key: 'lang',
    message: `Language (lang): "${lang.issue.raw}" is not a language QKD Lab speaks; known are ${LOCALES.join(', ')}`,
    detail: { code: 'bad-language', raw: lang.issue.raw, known: LOCALES },
  };
  const issues = [...decoded.issues, ...(colour.issue ? [colour.issue] : []), ...classroom, ...(langIssue ? [langIssue] : [])];
  if (issues.length > 0) store.getState().addNotices(issues.map(linkNotice));
}

/** A notice for a value the link gave that was not used; its English text is the one the page shows in English. */
export function linkNotice(issue: LinkIssue): Omit<Notice, 'id'> {
  return { key: issue.key, text: `Not used from the link: ${issue.message}.`, detail: issue.detail };
}

/** Keeps the URL in step with the store; returns the unsubscribe function. */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let timer: number | undefined;
  const write = () => {
    timer = undefined;
    const { params, presetId, seed, colorProfile, locale } = store.getState();
    const query = encodeUrlState({ params, presetId, seed });
    // Keep keys other features own (lesson, kiosk, lang…) as they are.
    const current = new URLSearchParams(win.location.search);
    const next = new URLSearchParams(query);
    for (const key of ['lesson', 'kiosk', 'idleSeconds', 'allowLinks', 'presenter']) {
      const v = current.get(key);
      if (v !== null) next.set(key, v);
    }
    if (colorProfile !== 'auto') next.set('colorProfile', colorProfile);
    if (locale !== DEFAULT_LOCALE) next.set('lang', locale);
    const url = `${win.location.pathname}?${next.toString()}${win.location.hash}`;
    if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) win.history.replaceState(win.history.state, '', url);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.params === prev.params && s.presetId === prev.presetId && s.seed === prev.seed && s.colorProfile === prev.colorProfile && s.locale === prev.locale) return;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(write, WRITE_DELAY_MS);
  });
  write();
  return () => {
    unsubscribe();
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
