// The click rate: capped per wall second, with fractions carried so a faint link still ticks now and then.
import { describe, expect, it } from 'vitest';
import { MAX_CLICKS_PER_S, clicksFor, jitter } from './detectorClicks';

describe('clicksFor', () => {
  it('caps a bright link at the maximum rate', () => {
    expect(clicksFor(20_000, 1, 0).clicks).toBe(MAX_CLICKS_PER_S);
  });
  it('plays every detection of a faint link, carrying fractions over', () => {
    let carry = 0,
      total = 0;
    for (let i = 0; i < 12; i++) {
      const r = clicksFor(0.25, 0.1, carry);
      carry = r.carry;
      total += r.clicks;
    }
    expect(total).toBe(3);
  });
});

describe('jitter', () => {
  it('is seeded and stays in [0, 1)', () => {
    const a = jitter(7),
      b = jitter(7);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
