// The throttled summary: a second sentence waits for the interval, but a sentence in a new language is
// written at once (a switched page must not keep reading out the old language).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottledText } from './throttledText';

describe('createThrottledText', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', globalThis);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('holds a new sentence back for the interval, unless its language changed', () => {
    const el = { textContent: '' } as HTMLElement;
    const en = {},
      de = {};
    const text = createThrottledText(4000);
    text.write(el, 'first', en);
    expect(el.textContent).toBe('first');
    text.write(el, 'second', en);
    expect(el.textContent).toBe('first');
    text.write(el, 'zweiter', de);
    expect(el.textContent).toBe('zweiter');
    text.write(el, 'dritter', de);
    expect(el.textContent).toBe('zweiter');
    vi.advanceTimersByTime(4000);
    expect(el.textContent).toBe('dritter');
  });

  it('writes the sentence of a run that has ended at once', () => {
    const el = { textContent: '' } as HTMLElement;
    const en = {};
    const text = createThrottledText(4000);
    text.write(el, '359 points', en);
    text.write(el, '360 points', en);
    expect(el.textContent).toBe('359 points');
    text.write(el, '360 points; remainder kept', en, true);
    expect(el.textContent).toBe('360 points; remainder kept');
    vi.advanceTimersByTime(4000);
    expect(el.textContent).toBe('360 points; remainder kept');
  });
});
