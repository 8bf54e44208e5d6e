// allowLinks=false: links that leave the page are hidden (CSS on .links-off) and any click on one that
// slips through is cancelled, so a kiosk visitor cannot wander off to another site.
import { useEffect } from 'react';

export function isExternalHref(href: string, origin: string): boolean {
  try {
    return new URL(href, origin).origin !== origin;
  } catch {
    return false;
  }
}

export function useLinkGuard(isAllowed: boolean): void {
  useEffect(() => {
    if (isAllowed) return;
    document.documentElement.classList.add('links-off');
    const onClick = (e: MouseEvent) => {
      const anchor = (e.target as Element | null)?.closest?.('a[href]');
      if (anchor && isExternalHref(anchor.getAttribute('href') ?? '', window.location.origin)) e.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    return () => {
      document.documentElement.classList.remove('links-off');
      document.removeEventListener('click', onClick, true);
    };
  }, [isAllowed]);
}
