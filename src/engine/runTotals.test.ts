// Tests of the run aggregates and the readouts derived from them.
import { describe, expect, it } from 'vitest';
import { emptyStats } from '../../workers/photon/stats';
import { addStepStats, deriveReadouts, emptyTotals } from './runTotals';

describe('runTotals', () => {
  it('sums counts and takes the latest time and pulse position', () => {
    let t = emptyTotals();
    t = addStepStats(t, { detections: 10, siftedZ: 3, siftedX: 2, errorsZ: 1, errorsX: 0 }, 0.5, 500);
    t = addStepStats(t, { detections: 6, siftedZ: 1, siftedX: 2, errorsZ: 0, errorsX: 1 }, 1.0, 1000);
    expect(t).toEqual({
      detections: 16,
      siftedZ: 4,
      siftedX: 4,
      errorsZ: 1,
      errorsX: 1,
      eveExactSiftedZ: 0,
      eveGuessSiftedZ: 0,
      eveAgreeSiftedZ: 0,
      eveGuessAgreeSiftedZ: 0,
      simulatedSeconds: 1,
      pulses: 1000,
      batches: 2,
    });
  });

  it("adds a full BatchStats' Eve counts; pulses stay the absolute position, not a sum", () => {
    const batch = (n: number) => ({
      ...emptyStats(),
      pulses: 400,
      detections: 4 * n,
      siftedZ: 2 * n,
      eveExactSiftedZ: n,
      eveGuessSiftedZ: 1,
      eveAgreeSiftedZ: n + 1,
      eveGuessAgreeSiftedZ: 1,
      darkClicks: 1,
    });
    let t = addStepStats(emptyTotals(), batch(3), 0.4, 1400);
    t = addStepStats(t, batch(5), 0.8, 1800);
    expect(t).toEqual({
      ...emptyTotals(),
      detections: 32,
      siftedZ: 16,
      eveExactSiftedZ: 8,
      eveGuessSiftedZ: 2,
      eveAgreeSiftedZ: 10,
      eveGuessAgreeSiftedZ: 2,
      simulatedSeconds: 0.8,
      pulses: 1800,
      batches: 2,
    });
  });

  it('derives QBER and rates per simulated second, null before data', () => {
    expect(deriveReadouts(emptyTotals(), 0)).toEqual({
      qberZ: null,
      qberX: null,
      siftedBits: 0,
      siftedKeyRate: null,
      secretKeyRate: null,
      eveKnownFraction: null,
      eveInformation: null,
    });
    const t = {
      ...emptyTotals(),
      siftedZ: 100,
      errorsZ: 25,
      siftedX: 50,
      errorsX: 5,
      eveExactSiftedZ: 40,
      simulatedSeconds: 2,
    };
    const r = deriveReadouts(t, 40);
    expect(r.qberZ).toBe(0.25);
    expect(r.qberX).toBe(0.1);
    expect(r.siftedKeyRate).toBe(75);
    expect(r.secretKeyRate).toBe(20);
    expect(r.eveKnownFraction).toBe(0.4);
    expect(r.eveInformation).toBe(0.4);
  });

  it("counts Eve's guesses by what they are worth: coin flips nothing, a cloner's 1 − h(right share)", () => {
    const t = { ...emptyTotals(), siftedZ: 1000, eveExactSiftedZ: 250, eveGuessSiftedZ: 250, simulatedSeconds: 1 };
    // Intercept-resend: exact in her right basis, coin flips in the wrong one: information = the exact share.
    expect(deriveReadouts({ ...t, eveGuessAgreeSiftedZ: 125 }, 0).eveInformation).toBeCloseTo(0.25, 12);
    // A cloner at D = 5 %: every bit guessed, 71.8 % right: 1 − h(0.718) = 0.142 bit per bit.
    const cloned = { ...t, eveExactSiftedZ: 0, eveGuessSiftedZ: 1000, eveGuessAgreeSiftedZ: 718 };
    const r = deriveReadouts(cloned, 0);
    expect(r.eveKnownFraction).toBe(0);
    expect(r.eveInformation).toBeCloseTo(0.1419, 3);
    // A run file written before the count existed: its guesses count as coin flips, never as full knowledge.
    const old = { ...t, eveGuessAgreeSiftedZ: undefined as unknown as number };
    expect(deriveReadouts(old, 0).eveInformation).toBeCloseTo(0.25, 12);
  });
});
