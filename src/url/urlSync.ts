// Connects the store to the address bar: reads the shareable state once at start (reporting bad values
// as notices) and afterwards mirrors params, preset, seed and colour profile into the URL (debounced replaceState).
import type { AppStore } from '../store/appState';
import { colorProfileFromQuery } from '../theme/colorProfile';
import { LESSON_IDS } from '../lessons/lessons';
import { DEFAULT_LOCALE, LOCALES, localeFromQuery } from '../i18n/locale';
import type { Notice } from '../store/viewSlice';
import type { LinkIssue } from './linkIssue';
import { parseClassroomParams } from './classroomParams';
import { echo } from '../../workers/common/echo';
import { presenterFromQuery } from '../presenter/presenterMode';
import { decodeUrlState, encodeUrlState, repeatedKeys, withoutRepeatedKeys } from './urlState';

const WRITE_DELAY_MS = 250;
/** Link notices shown at most; the rest are counted in one more notice (2 000 bad keys must not give 2 000 alerts). */
export const MAX_LINK_NOTICES = 5;
/** Keys other features own that the address keeps, each only while its value is valid (checked on every write). */
const KEPT_KEYS = ['lesson', 'kiosk', 'idleSeconds', 'allowLinks', 'presenter'] as const;

function freshSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

export function loadStateFromUrl(store: AppStore, rawSearch: string): void {
  // decodeUrlState reports the repeated keys; the other readers see the query without them.
  const decoded = decodeUrlState(rawSearch, freshSeed());
  const search = withoutRepeatedKeys(rawSearch).search;
  store.getState().loadParams(decoded);
  const colour = colorProfileFromQuery(search);
  store.getState().setColorProfile(colour.profile);
  const lang = localeFromQuery(search);
  store.getState().setLocale(lang.locale);
  const classroom = parseClassroomParams(search, LESSON_IDS).issues;
  const langIssue: LinkIssue | null = lang.issue && {
    key: 'lang',
    detail: { code: 'bad-language', raw: echo(lang.issue.raw), known: LOCALES },
  };
  const issues = [
    ...decoded.issues,
    ...(colour.issue ? [colour.issue] : []),
    ...classroom,
    ...(langIssue ? [langIssue] : []),
  ];
  if (issues.length > 0) store.getState().addNotices(cappedNotices(issues));
}

/** One notice per distinct issue, at most MAX_LINK_NOTICES of them, the rest counted in a last one. */
export function cappedNotices(issues: readonly LinkIssue[]): Omit<Notice, 'id'>[] {
  // The same finding twice (same key, code and values) is one notice: compared as data, never as text.
  const seen = new Set<string>();
  const sameness = (i: LinkIssue) => JSON.stringify([i.key, i.detail]);
  const distinct = issues.filter((i) => !seen.has(sameness(i)) && Boolean(seen.add(sameness(i))));
  if (distinct.length <= MAX_LINK_NOTICES) return distinct.map(linkNotice);
  const shown = distinct.slice(0, MAX_LINK_NOTICES - 1);
  const more = distinct.length - shown.length;
  return [...shown.map(linkNotice), linkNotice({ key: 'link', detail: { code: 'more-issues', count: more } })];
}

/** The classroom keys of the address whose values are valid (given once and accepted by their reader). */
export function validKeptKeys(search: string): [string, string][] {
  const current = new URLSearchParams(search);
  const repeated = repeatedKeys(search);
  const refused = new Set(parseClassroomParams(search, LESSON_IDS).issues.map((i) => i.key));
  if (presenterFromQuery(search).issue) refused.add('presenter');
  const kept: [string, string][] = [];
  for (const key of KEPT_KEYS) {
    const v = current.get(key);
    if (v !== null && !repeated.has(key) && !refused.has(key)) kept.push([key, v]);
  }
  return kept;
}

/** A notice for a value the link gave that was not used: its key and code (the notice list words it). */
export function linkNotice(issue: LinkIssue): Omit<Notice, 'id'> {
  return { key: issue.key, detail: issue.detail };
}

/** Keeps the URL in step with the store; returns the unsubscribe function. */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let timer: number | undefined;
  const write = () => {
    timer = undefined;
    const { params, presetId, seed, colorProfile, locale } = store.getState();
    const query = encodeUrlState({ params, presetId, seed });
    // Keep keys other features own (lesson, kiosk…) while they are valid: a bad value was reported once at
    // load and is dropped here, so it never travels on in the address, a bookmark or a shared link.
    const next = new URLSearchParams(query);
    for (const [key, v] of validKeptKeys(win.location.search)) next.set(key, v);
    if (colorProfile !== 'auto') next.set('colorProfile', colorProfile);
    if (locale !== DEFAULT_LOCALE) next.set('lang', locale);
    const url = `${win.location.pathname}?${next.toString()}${win.location.hash}`;
    if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`)
      win.history.replaceState(win.history.state, '', url);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.params === prev.params &&
      s.presetId === prev.presetId &&
      s.seed === prev.seed &&
      s.colorProfile === prev.colorProfile &&
      s.locale === prev.locale
    )
      return;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(write, WRITE_DELAY_MS);
  });
  write();
  return () => {
    unsubscribe();
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
