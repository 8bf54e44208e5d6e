// The view slice: page-level state that is not the link or the run — dismissible notices (bad URL
// values, parameter clashes), the colour profile, the language, and which drawers and dialogs are open.
import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_COLOR_PROFILE, type ColorProfile } from '../theme/colorProfile';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { LinkIssueDetail } from '../url/linkIssue';
import type { AppState } from './appState';

export interface Notice {
  id: string;
  /** The parameter (or URL key) the notice is about. */
  key: string;
  /** What the notice says, free of language; the page words it in its language (src/i18n/text/notices.ts). */
  detail: LinkIssueDetail;
}

export interface ViewSlice {
  notices: Notice[];
  colorProfile: ColorProfile;
  /** The page's language (`?lang=`); every visible string follows it through src/i18n. */
  locale: Locale;
  /** The drawer with every registry parameter and the seed (closed on a fresh page). */
  isSettingsOpen: boolean;
  /** The keyboard-help dialog. */
  isHelpOpen: boolean;
  setLocale: (locale: Locale) => void;
  setColorProfile: (profile: ColorProfile) => void;
  setSettingsOpen: (isOpen: boolean) => void;
  setHelpOpen: (isOpen: boolean) => void;
  addNotices: (notices: readonly Omit<Notice, 'id'>[]) => void;
  dismissNotice: (id: string) => void;
  resetView: () => void;
  /** Reset All: drawers and dialogs closed as on a fresh page (language and colours are the visitor's). */
  resetLayout: (isSettingsOpen: boolean) => void;
}

let nextNoticeId = 1;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  notices: [],
  colorProfile: DEFAULT_COLOR_PROFILE,
  locale: DEFAULT_LOCALE,
  isSettingsOpen: false,
  isHelpOpen: false,
  setLocale: (locale) => set({ locale }),
  setColorProfile: (colorProfile) => set({ colorProfile }),
  setSettingsOpen: (isSettingsOpen) => set({ isSettingsOpen }),
  setHelpOpen: (isHelpOpen) => set({ isHelpOpen }),
  addNotices: (notices) =>
    set((s) => ({
      notices: [...s.notices, ...notices.map((n) => ({ ...n, id: `notice-${nextNoticeId++}` }))],
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  resetView: () => set({ notices: [] }),
  resetLayout: (isSettingsOpen) => set({ isSettingsOpen, isHelpOpen: false }),
});
