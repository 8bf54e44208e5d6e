// Presenter view for a classroom projector: large readouts and plot type, less small print. On with
// ?presenter=1 or the header toggle; kept in a tiny store of its own, mirrored on <html data-presenter>
// and in the URL (the URL sync keeps the key), so a reload on the projector stays in presenter view.
import { echo } from '../../workers/common/echo';
import { withoutRepeatedKeys } from '../url/urlState';
import { createStore } from 'zustand/vanilla';
import type { LinkIssue } from '../url/linkIssue';

export interface PresenterState {
  isPresenter: boolean;
  setPresenter: (isPresenter: boolean) => void;
}

/** The presenter flag named in a query string; `issue` says why a present value was not used. */
export function presenterFromQuery(search: string): { isPresenter: boolean; issue: LinkIssue | null } {
  // A repeated key is not used at all, as everywhere in the link (src/url/urlState.ts).
  const raw = new URLSearchParams(withoutRepeatedKeys(search).search).get('presenter');
  if (raw === null) return { isPresenter: false, issue: null };
  if (['1', 'true', 'on', 'yes'].includes(raw)) return { isPresenter: true, issue: null };
  if (['0', 'false', 'off', 'no'].includes(raw)) return { isPresenter: false, issue: null };
  return {
    isPresenter: false,
    issue: { key: 'presenter', detail: { code: 'bad-flag', key: 'presenter', raw: echo(raw) } },
  };
}

/** The query string with the presenter flag set (1) or removed, other keys unchanged. */
export function withPresenter(search: string, isPresenter: boolean): string {
  const query = new URLSearchParams(search);
  if (isPresenter) query.set('presenter', '1');
  else query.delete('presenter');
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function applyPresenter(isPresenter: boolean, root: HTMLElement = document.documentElement): void {
  if (isPresenter) root.dataset.presenter = 'on';
  else delete root.dataset.presenter;
}

export function createPresenterStore(initial: boolean) {
  return createStore<PresenterState>()((set) => ({
    isPresenter: initial,
    setPresenter: (isPresenter) => set({ isPresenter }),
  }));
}
