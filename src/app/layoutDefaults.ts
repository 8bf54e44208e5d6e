// How the page opens: the drawer with every link parameter is open beside the first screen on wide
// screens (it fits there) and closed on narrow ones and in the kiosk, where it would push the scene away.
export const WIDE_LAYOUT_QUERY = '(min-width: 1000px)';

export function defaultSettingsOpen(
  win: Window | undefined = typeof window === 'undefined' ? undefined : window,
): boolean {
  if (!win || typeof win.matchMedia !== 'function') return false;
  const isKiosk =
    win.document.documentElement.classList.contains('kiosk') ||
    /[?&]kiosk=(1|true|yes|on)(&|$)/.test(win.location.search);
  return !isKiosk && win.matchMedia(WIDE_LAYOUT_QUERY).matches;
}
