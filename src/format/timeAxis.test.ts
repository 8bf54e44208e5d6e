// The simulated-time axis unit against the "Simulated time" readout: a run a few milliseconds long gets an ms
// axis (not s), every sub-second span gets the prefix formatDuration writes, and hover spans use the axis unit
// with the page's decimal mark.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDuration, setNumberLocale } from './formatNumber';
import { formatTimeSpan, formatTimeTick, timeUnitFor } from './timeAxis';

afterEach(() => setNumberLocale('en'));

describe('time axis unit', () => {
  it('picks ns, µs, ms, s, min and h for the span shown', () => {
    expect(timeUnitFor(3.2e-3)).toEqual({ factor: 1e-3, unit: 'ms' });
    expect([4e-8, 4e-6, 0.5, 0.9996, 12, 180, 200, 3 * 3600, 4 * 3600].map((s) => timeUnitFor(s).unit)).toEqual([
      'ns',
      'µs',
      'ms',
      's',
      's',
      's',
      'min',
      'min',
      'h',
    ]);
  });

  it('below a second, names the same unit as the simulated-time readout', () => {
    for (let exponent = -9; exponent < 0; exponent++) {
      for (const mantissa of [1, 2.5, 4.2, 9.99, 9.996]) {
        const seconds = mantissa * 10 ** exponent;
        if (seconds >= 1) continue;
        expect(formatDuration(seconds), `${seconds} s`).toMatch(new RegExp(` ${timeUnitFor(seconds).unit}$`));
      }
    }
  });

  it('writes hover spans and ticks in the axis unit, with a decimal comma in German', () => {
    const ms = timeUnitFor(4.8e-3);
    expect(formatTimeSpan(1.25e-3, 1.3e-3, ms)).toBe('1.25–1.3 ms');
    expect(formatTimeSpan(0, 4e-5, ms)).toBe('0–0.04 ms');
    expect(formatTimeSpan(200, 205, timeUnitFor(600))).toBe('3 min 20 s–3 min 25 s');
    setNumberLocale('de');
    expect(formatTimeSpan(1.25e-3, 1.3e-3, ms)).toBe('1,25–1,3 ms');
    expect(formatTimeTick(0.5)).toBe('0,5');
    expect(formatTimeTick(1000)).toBe('1000');
  });
});
