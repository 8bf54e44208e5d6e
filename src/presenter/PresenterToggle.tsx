// The "Presenter view" toggle in the page header (a pressed/unpressed button). Applies the view to <html>
// before paint, writes presenter=1 to the URL, and reports a bad ?presenter= value once as a notice.
import { useEffect, useLayoutEffect } from 'react';
import { useStore } from 'zustand';
import { useAppStore } from '../store/useAppState';
import { linkNotice } from '../url/urlSync';
import { presenterText } from '../i18n/text/presenter';
import { useText } from '../i18n/useText';
import { applyPresenter, createPresenterStore, presenterFromQuery, withPresenter } from './presenterMode';
import './presenter.css';

const fromUrl = presenterFromQuery(window.location.search);
const presenterStore = createPresenterStore(fromUrl.isPresenter);
let isIssueReported = false;

export function PresenterToggle() {
  const isPresenter = useStore(presenterStore, (s) => s.isPresenter);
  const setPresenter = useStore(presenterStore, (s) => s.setPresenter);
  const appStore = useAppStore();
  const text = useText(presenterText);

  useLayoutEffect(() => {
    applyPresenter(isPresenter);
  }, [isPresenter]);
  useEffect(() => {
    const search = withPresenter(window.location.search, isPresenter);
    if (search !== window.location.search)
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
  }, [isPresenter]);
  useEffect(() => {
    if (fromUrl.issue && !isIssueReported) {
      isIssueReported = true;
      appStore.getState().addNotices([linkNotice(fromUrl.issue)]);
    }
  }, [appStore]);

  return (
    <button
      type="button"
      className="button presenter-toggle"
      aria-pressed={isPresenter}
      onClick={() => setPresenter(!isPresenter)}
      title={text.hint}
    >
      {text.toggle}
    </button>
  );
}
