// Waiting on state instead of sleeping: until a value stops changing (a paused run's last batch has landed, a plot
// has redrawn), that a value holds over an observation window (nothing stale lands), and the next painted frames.
import { expect, type Page } from '@playwright/test';

/** Longer than the plots' redraw throttle (150 ms) plus a frame, so a pending redraw shows up inside it. */
const QUIET_MS = 400;
const POLL_MS = 100;

/**
 * Resolves once `read` has returned the same value for `quietMs` in a row (fails after `timeout`). A value that
 * keeps changing, e.g. a readout of a run still going, never counts as steady.
 */
export async function untilSteady<T>(
  read: () => Promise<T>,
  { quietMs = QUIET_MS, timeout = 15_000 }: { quietMs?: number; timeout?: number } = {},
): Promise<T> {
  let last = JSON.stringify(await read());
  let since = Date.now();
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await read());
        if (now !== last) [last, since] = [now, Date.now()];
        return Date.now() - since >= quietMs;
      },
      { timeout, intervals: [POLL_MS] },
    )
    .toBe(true);
  return JSON.parse(last) as T;
}

/**
 * Checks `assertion` again and again over `ms` (an observation window, e.g. "no stale batch lands after Reset"),
 * failing at the first miss: a state that must hold for a while, checked throughout, not once after a sleep.
 */
export async function holdsFor(ms: number, assertion: () => Promise<void>): Promise<void> {
  const end = Date.now() + ms;
  let failure: unknown = null;
  // expect.poll paces the checks; a miss ends the window at once and is rethrown as it was.
  await expect
    .poll(
      async () => {
        try {
          await assertion();
        } catch (e) {
          failure = e;
        }
        return failure !== null || Date.now() >= end;
      },
      { timeout: ms + 10_000, intervals: [POLL_MS] },
    )
    .toBe(true);
  if (failure !== null) throw failure;
}

/** Resolves after the page has painted `count` more frames (e.g. a hover restyle has landed). */
export async function nextFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const tick = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => tick(left - 1)));
        tick(n);
      }),
    count,
  );
}
