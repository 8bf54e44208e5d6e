// The page's keyboard shortcuts (PhET's conventions): Space starts and pauses the run, "?" opens the
// keyboard help, Alt+Shift+R restores all. Keys typed into a field or pressed on a button keep their own meaning.
import { useEffect } from 'react';
import { useRunController } from '../engine/enginesContext';
import { useAppStore } from '../store/useAppState';
import { useResetAll } from '../run/useResetAll';

/** Where Space and "?" belong to the focused element (typing, pressing, choosing). */
function isOwnKeyTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('dialog[open]')) return true;
  return target.matches(
    'input, select, textarea, button, a[href], summary, [role="button"], ' +
      '[role="slider"], [role="option"], [role="tab"], [role="checkbox"], ' +
      '[role="switch"]',
  );
}

export function useShortcuts(): void {
  const controller = useRunController();
  const store = useAppStore();
  const resetAll = useResetAll();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyR') {
        e.preventDefault();
        resetAll();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isOwnKeyTarget(e.target)) return;
      if (e.key === ' ' && !e.repeat) {
        e.preventDefault(); // no page scroll
        const { status } = store.getState();
        if (status === 'running' || status === 'starting') controller.pause();
        else controller.start();
      } else if (e.key === '?') {
        e.preventDefault();
        store.getState().setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controller, store, resetAll]);
}
