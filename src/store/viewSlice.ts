// The view slice: page-level state that is not the link or the run — dismissible notices (bad URL
// values, parameter clashes) for now; panels, lesson step and kiosk state join it later.
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState';

export interface Notice {
  id: string;
  /** The parameter (or URL key) the notice is about. */
  key: string;
  text: string;
}

export interface ViewSlice {
  notices: Notice[];
  addNotices: (notices: readonly Omit<Notice, 'id'>[]) => void;
  dismissNotice: (id: string) => void;
  resetView: () => void;
}

let nextNoticeId = 1;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  notices: [],
  addNotices: (notices) => set((s) => ({
    notices: [...s.notices, ...notices.map((n) => ({ ...n, id: `notice-${nextNoticeId++}` }))],
  })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  resetView: () => set({ notices: [] }),
});
