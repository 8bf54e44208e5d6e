// Chunk scheduling and the duration field: bounded growth toward the wall-time target, whole minutes above a
// minute, the run's end never overshot; durations outside the allowed range are refused with the range in the message.
import { describe, expect, it } from 'vitest';
import { applyLocale } from '../i18n/applyLocale';
import { textFor } from '../i18n/defineText';
import { longRunText } from '../i18n/text/longrun';
import { DEFAULT_CHUNK_POLICY, describeDurationError, nextChunkSeconds, parseDurationHours } from './chunkSchedule';

describe('nextChunkSeconds', () => {
  it('starts with ten seconds and never passes the end of the run', () => {
    expect(nextChunkSeconds(null, null, 21_600)).toBe(10);
    expect(nextChunkSeconds(600, 10, 120)).toBe(120);
    expect(nextChunkSeconds(60, 10, 0)).toBe(0);
  });

  it('grows at most twofold per call up to ten minutes when calls are fast', () => {
    expect(nextChunkSeconds(10, 1, 21_600)).toBe(20);
    expect(nextChunkSeconds(40, 1, 21_600)).toBe(60);
    expect(nextChunkSeconds(480, 1, 21_600)).toBe(600);
    expect(nextChunkSeconds(600, 0, 21_600)).toBe(600);
  });

  it(
    'shrinks toward the target when calls are slow: whole minutes from a minute up, ' +
      'whole seconds below, at least 1 s',
    () => {
      expect(nextChunkSeconds(600, 480, 21_600)).toBe(120); // 600 · 120/480 = 150 → 120
      expect(nextChunkSeconds(60, 240, 21_600)).toBe(30);
      expect(nextChunkSeconds(10, 5000, 21_600)).toBe(1);
      for (let wall = 1; wall < 2000; wall += 37) {
        const c = nextChunkSeconds(300, wall, 1e6);
        expect(Number.isInteger(c) && (c < 60 || c % 60 === 0)).toBe(true);
      }
    },
  );

  it('settles where one call takes about the target', () => {
    for (const [msPerSimulatedSecond, settled] of [
      [0.5, 240],
      [80, 1],
    ] as const) {
      let chunk: number | null = null,
        wall: number | null = null;
      for (let i = 0; i < 30; i++) {
        chunk = nextChunkSeconds(chunk, wall, 1e6);
        wall = chunk * msPerSimulatedSecond;
      }
      expect(chunk).toBe(settled);
    }
    expect(DEFAULT_CHUNK_POLICY.targetWallMs).toBe(120);
  });
});

describe('parseDurationHours', () => {
  it('reads hours as whole simulated minutes', () => {
    expect(parseDurationHours('6')).toEqual({ seconds: 21_600 });
    expect(parseDurationHours(' 0,5 ')).toEqual({ seconds: 1800 });
    expect(parseDurationHours('1.01')).toEqual({ seconds: 3600 + 60 });
  });

  it('refuses empty, non-numeric and out-of-range input, naming the range', () => {
    for (const text of ['', 'abc', '0.1', '200', '-3']) {
      const r = parseDurationHours(text);
      expect('error' in r && describeDurationError(r.error, textFor(longRunText, 'en'))).toMatch(
        /Run duration must be .*between 0.25 h and 168 h/,
      );
    }
    const r = parseDurationHours('200');
    expect('error' in r && describeDurationError(r.error, textFor(longRunText, 'en'))).toBe(
      'Run duration must be between 0.25 h and 168 h; got 200 h.',
    );
    applyLocale('de', undefined);
    try {
      expect('error' in r && describeDurationError(r.error, textFor(longRunText, 'de'))).toBe(
        'Die Laufdauer muss zwischen 0,25 h und 168 h liegen; eingegeben: 200 h.',
      );
    } finally {
      applyLocale('en', undefined);
    }
  });
});
