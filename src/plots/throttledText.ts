// Writes a plot's text summary into its polite live region at most every few seconds, so a screen
// reader hears the data settle instead of a new sentence on every redraw.

export const SUMMARY_INTERVAL_MS = 4000;

export function createThrottledText(intervalMs = SUMMARY_INTERVAL_MS) {
  let lastMs = -Infinity;
  let pending: string | null = null;
  let timer: number | null = null;
  let target: HTMLElement | null = null;
  const flush = () => {
    timer = null;
    if (target && pending !== null && target.textContent !== pending) target.textContent = pending;
    pending = null;
    lastMs = performance.now();
  };
  return {
    /** Sets the text now if the last write is old enough, else once the interval has passed. */
    write(el: HTMLElement | null, text: string): void {
      target = el;
      pending = text;
      if (timer !== null) return;
      const wait = lastMs + intervalMs - performance.now();
      if (wait <= 0) flush();
      else timer = window.setTimeout(flush, wait);
    },
    cancel(): void {
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
    },
  };
}
