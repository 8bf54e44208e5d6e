// Tests of the sim command: its drift additions (--drift on adds "timeSeries", one entry per simulated minute, with
// tSeconds, qberZ, qberX, secretBits, and long-run blocks; none without drift) and the expected gain with dead time.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../workers/common/presets';
import { parseArgs } from './args';
import { simulateLink } from './simReport';

describe('sim with drift', () => {
  it('parses --drift and --stabilise (alias of stabilisation)', () => {
    const { params } = parseArgs(['--preset', 'qd-timebin-120km', '--drift', 'on', '--stabilise', 'off'], []);
    expect(params.drift).toBe('on');
    expect(params.stabilisation).toBe('off');
  });

  it('adds one time-series entry per simulated minute, last in the report', () => {
    const params = {
      ...presetParams('qd-timebin-120km'),
      drift: 'on' as const,
      fiberLengthKm: 60,
      blockSizeBits: 20_000,
    };
    const r = simulateLink(params, { seed: 1, simulatedSeconds: 180 });
    expect(Object.keys(r).at(-1)).toBe('timeSeries');
    expect(r.timeSeries).toHaveLength(3);
    for (const [i, p] of (r.timeSeries ?? []).entries()) {
      expect(Object.keys(p)).toEqual(['tSeconds', 'qberZ', 'qberX', 'secretBits']);
      expect(p.tSeconds).toBe(60 * (i + 1));
    }
    expect(r.timeSeries?.at(-1)?.secretBits).toBeGreaterThan(0);
    expect(r.timeSeries?.at(-1)?.secretBits).toBeLessThanOrEqual(r.finalKeyBits);
    expect(r.simulatedSeconds).toBe(180);
    expect(r.params.stabilisationIntervalS).toBe(params.stabilisationIntervalS);
  });

  it('leaves the report as it was without drift: no timeSeries, no stability settings in params', () => {
    const r = simulateLink(presetParams('ideal-classroom'), { seed: 1, simulatedSeconds: 0.5 });
    expect('timeSeries' in r).toBe(false);
    expect(Object.keys(r.params)).not.toContain('drift');
    expect(Object.keys(r.params)).not.toContain('stabilisationGain');
    expect(Object.keys(r.params).at(-1)).toBe('epsilonCor');
  });

  it('refuses a drifted run measured in pulses or fractions of a second', () => {
    const params = { ...presetParams('ideal-classroom'), drift: 'on' as const };
    expect(() => simulateLink(params, { seed: 1, pulses: 1000 })).toThrow(/whole number of simulated seconds/);
    expect(() => simulateLink(params, { seed: 1, simulatedSeconds: 1.5 })).toThrow(/whole number/);
  });
});

describe('sim expected gain', () => {
  /** z-score of the detection count against N·g with binomial variance (dead time only narrows the spread). */
  const zScore = (detections: number, pulses: number, g: number) =>
    (detections - pulses * g) / Math.sqrt(pulses * g * (1 - g));

  it('includes dead time: 5 µs at 1 MHz halves the gain, and the simulator agrees within 4σ', () => {
    const params = { ...presetParams('ideal-classroom'), deadTimeS: 5e-6 };
    const r = simulateLink(params, { seed: 5, simulatedSeconds: 1 });
    expect(r.expected.gainPerPulse).toBeLessThan(0.25);
    expect(Math.abs(zScore(r.detections, r.pulses, r.expected.gainPerPulse))).toBeLessThan(4);
    // The test has the power to fail: the gain without dead time (0.38) is hundreds of σ away.
    expect(Math.abs(zScore(r.detections, r.pulses, 0.3816))).toBeGreaterThan(100);
  });

  it('equals the plain gain when there is no dead time', () => {
    const params = { ...presetParams('ideal-classroom'), deadTimeS: 0 };
    const r = simulateLink(params, { seed: 6, simulatedSeconds: 0.5 });
    expect(Math.abs(zScore(r.detections, r.pulses, r.expected.gainPerPulse))).toBeLessThan(4);
  });
});
