// Keeps a kiosk's screen on with the Screen Wake Lock API where the browser has it, asks again when the
// tab becomes visible (the lock is dropped while hidden), and fails silently where it is absent or refused.
import { useEffect } from 'react';

interface WakeLockLike {
  release: () => Promise<void>;
}
interface WakeLockNavigator {
  wakeLock?: { request: (type: 'screen') => Promise<WakeLockLike> };
}

export function useWakeLock(isEnabled: boolean): void {
  useEffect(() => {
    const api = (navigator as WakeLockNavigator).wakeLock;
    if (!isEnabled || !api) return;
    let lock: WakeLockLike | null = null;
    let isActive = true;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      api.request('screen').then(
        (l) => {
          if (isActive) lock = l;
          else void l.release().catch(() => undefined);
        },
        () => undefined,
      );
    };
    request();
    document.addEventListener('visibilitychange', request);
    return () => {
      isActive = false;
      document.removeEventListener('visibilitychange', request);
      if (lock) void lock.release().catch(() => undefined);
    };
  }, [isEnabled]);
}
