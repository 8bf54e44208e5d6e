// Writes a plot's text summary into its polite live region at most every few seconds, so a screen reader hears
// the data settle, not a sentence per redraw. A new language and a finished run's last sentence go at once.

export const SUMMARY_INTERVAL_MS = 4000;

export function createThrottledText(intervalMs = SUMMARY_INTERVAL_MS) {
  let lastMs = -Infinity;
  let pending: string | null = null;
  let timer: number | null = null;
  let target: HTMLElement | null = null;
  let lastLanguage: unknown;
  const flush = () => {
    timer = null;
    if (target && pending !== null && target.textContent !== pending) target.textContent = pending;
    pending = null;
    lastMs = performance.now();
  };
  return {
    /**
     * Sets the text now if the last write is old enough, else once the interval has passed. `language` (the
     * catalogue the text came from) bypasses the wait when it changes: the old language would linger otherwise.
     * `isFinal` (the run it describes has ended) bypasses it too: the last figures must not wait behind "Done".
     */
    write(el: HTMLElement | null, text: string, language?: unknown, isFinal = false): void {
      target = el;
      pending = text;
      if (language !== lastLanguage || isFinal) {
        lastLanguage = language;
        if (timer !== null) window.clearTimeout(timer);
        flush();
        return;
      }
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
