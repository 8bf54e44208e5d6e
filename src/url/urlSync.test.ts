// Tests of the URL sync against hostile links: a spoofed lesson text is never quoted and never written back,
// bad classroom values leave the address, repeated keys are refused with one notice, notices are capped.
import { describe, expect, it } from 'vitest';
import { linkNoticeText } from '../i18n/text/notices';
import { createAppStore } from '../store/appState';
import { MAX_LINK_NOTICES, loadStateFromUrl, startUrlSync, validKeptKeys } from './urlSync';
import { LOCALES } from '../i18n/locale';

const SPOOF = 'Your account is locked. Call +1 555 0100';

function fakeWindow(search: string) {
  const location = { pathname: '/', search, hash: '' };
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => {
        location.search = url.slice(url.indexOf('?'));
      },
    },
    setTimeout: (fn: () => void) => {
      fn();
      return 1;
    },
    clearTimeout: () => undefined,
  };
  return win as unknown as Window & { location: typeof location };
}

describe('URL sync against hostile links', () => {
  it('never quotes a spoofed lesson text, in either language', () => {
    const store = createAppStore();
    loadStateFromUrl(store, `?lesson=${encodeURIComponent(SPOOF)}`);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    for (const locale of LOCALES) {
      const said = linkNoticeText(notices[0].detail!, locale);
      expect(said).not.toContain('locked');
      expect(said).toContain(String(SPOOF.length));
    }
  });

  it('drops invalid classroom values from the address and keeps valid ones', () => {
    const win = fakeWindow(`?lesson=${encodeURIComponent(SPOOF)}&kiosk=maybe&idleSeconds=5&presenter=huge&seed=4`);
    const store = createAppStore();
    loadStateFromUrl(store, win.location.search);
    const stop = startUrlSync(store, win);
    const after = new URLSearchParams(win.location.search);
    expect(after.has('lesson')).toBe(false);
    expect(after.has('kiosk')).toBe(false);
    expect(after.has('presenter')).toBe(false);
    expect(after.get('idleSeconds')).toBe('5');
    expect(after.get('seed')).toBe('4');
    stop();
    expect(validKeptKeys('?lesson=catch-eve&kiosk=1')).toEqual([
      ['lesson', 'catch-eve'],
      ['kiosk', '1'],
    ]);
    expect(validKeptKeys('?lesson=catch-eve&lesson=how-far')).toEqual([]);
  });

  it('gives a handful of notices for 2 000 unknown keys, each bounded', () => {
    const query = Array.from({ length: 2000 }, (_, i) => `k${i}=${'v'.repeat(50)}`).join('&');
    const store = createAppStore();
    loadStateFromUrl(store, `?${query}&seed=${'9'.repeat(5000)}`);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(MAX_LINK_NOTICES);
    expect(notices.at(-1)!.detail).toEqual({ code: 'more-issues', count: 2001 - (MAX_LINK_NOTICES - 1) });
    for (const n of notices)
      for (const locale of LOCALES) expect(linkNoticeText(n.detail!, locale).length).toBeLessThan(260);
  });

  it('shows a notice once however often the link repeats the same fault', () => {
    const store = createAppStore();
    loadStateFromUrl(store, '?kiosk=x&kiosk=x&kiosk=x');
    expect(store.getState().notices.map((n) => n.detail)).toEqual([{ code: 'repeated-key', key: 'kiosk', count: 3 }]);
  });
});
