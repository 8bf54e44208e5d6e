// Tests of the lesson checks: each passes on a state that meets its task and fails on near misses;
// the 0.75ⁿ miss chance and the PLOB bound match their closed forms.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../../workers/common/presets';
import { emptyTotals } from '../engine/runTotals';
import { channelTransmittance, fiberTransmittance, plobBitsPerPulse } from '../../workers/common/photonStats';
import { CHECKS, chanceParts, missChance, missChanceCloning } from './lessonChecks';
import { emptyLearnerProgress, type LessonSnapshot } from './lessonSnapshot';

function snapshot(
  over: Partial<Omit<LessonSnapshot, 'params' | 'totals' | 'learner'>> & {
    params?: Partial<LessonSnapshot['params']>;
    totals?: Partial<LessonSnapshot['totals']>;
    learner?: Partial<LessonSnapshot['learner']>;
  } = {},
): LessonSnapshot {
  return {
    blocksDone: 0,
    blocksAborted: 0,
    keyBlock: null,
    newestBlock: null,
    finalKeyBits: 0,
    ...over,
    params: { ...presetParams('ideal-classroom'), ...over.params },
    totals: { ...emptyTotals(), ...over.totals },
    learner: { ...emptyLearnerProgress(), ...over.learner },
  };
}

describe('miss chance and PLOB', () => {
  it('is 0.75ⁿ for a full intercept-resend and 1 with no interception', () => {
    expect(missChance(10)).toBeCloseTo(0.0563, 4);
    expect(missChance(48)).toBeGreaterThan(1e-6);
    expect(missChance(49)).toBeLessThan(1e-6);
    expect(missChance(100, 0)).toBe(1);
    // The cloner: an error on f·D of the checked bits.
    expect(missChanceCloning(10, 0.1)).toBeCloseTo(0.9 ** 10, 12);
    expect(missChanceCloning(10, 0)).toBe(1);
    expect(missChance(4, 0.4)).toBeCloseTo(0.9 ** 4, 12);
  });

  it('gives −log2(1 − η), about 1.44 η for small η', () => {
    expect(plobBitsPerPulse(0.5)).toBeCloseTo(1, 12);
    const eta = fiberTransmittance({ fiberLossDbPerKm: 0.2 }, 120);
    expect(eta).toBeCloseTo(10 ** -2.4, 12);
    expect(plobBitsPerPulse(eta) / eta).toBeCloseTo(1 / Math.LN2, 2);
  });

  it('lesson 4 and the distance plot use one η: the whole channel (fiber, receiver, detectors)', () => {
    const p = presetParams('qd-timebin-120km');
    // 1 dB of receiver loss and 74 % detectors: 1.7× below the fiber alone at 120 km.
    expect(fiberTransmittance(p, 120) / channelTransmittance(p)).toBeCloseTo(1.7, 2);
  });
});

describe('lesson checks', () => {
  it('sortedDetections needs every shown detection right', () => {
    expect(CHECKS.sortedDetections(snapshot({ learner: { siftShown: 8, siftCorrect: 8 } }))).toBe(true);
    expect(CHECKS.sortedDetections(snapshot({ learner: { siftShown: 8, siftCorrect: 7 } }))).toBe(false);
    expect(CHECKS.sortedDetections(snapshot({ learner: { siftShown: 2, siftCorrect: 2 } }))).toBe(false);
  });

  it('gentleCloner needs a small D on every photon, a visible QBER and guesses far from certain', () => {
    const params = { eve: 'phase-covariant-cloning' as const, cloningDisturbance: 0.05, interceptFraction: 1 };
    const totals = { siftedZ: 4000, errorsZ: 220, eveAgreeSiftedZ: 2870 };
    expect(CHECKS.gentleCloner(snapshot({ params, totals }))).toBe(true);
    expect(CHECKS.gentleCloner(snapshot({ params: { ...params, cloningDisturbance: 0.2 }, totals }))).toBe(false);
    expect(CHECKS.gentleCloner(snapshot({ params: { ...params, interceptFraction: 0.5 }, totals }))).toBe(false);
    expect(CHECKS.gentleCloner(snapshot({ params: { ...params, eve: 'intercept-resend' }, totals }))).toBe(false);
    expect(CHECKS.gentleCloner(snapshot({ params, totals: { ...totals, errorsZ: 40 } }))).toBe(false);
    expect(CHECKS.gentleCloner(snapshot({ params, totals: { ...totals, eveAgreeSiftedZ: 3900 } }))).toBe(false);
    expect(CHECKS.gentleCloner(snapshot({ params, totals: { siftedZ: 400, errorsZ: 22, eveAgreeSiftedZ: 287 } }))).toBe(
      false,
    );
  });

  it('qberPastThreshold needs intercept-resend and a QBER above 11 % on enough bits', () => {
    const totals = { siftedZ: 1000, errorsZ: 250 };
    expect(CHECKS.qberPastThreshold(snapshot({ params: { eve: 'intercept-resend' }, totals }))).toBe(true);
    expect(CHECKS.qberPastThreshold(snapshot({ params: { eve: 'none' }, totals }))).toBe(false);
    expect(
      CHECKS.qberPastThreshold(
        snapshot({ params: { eve: 'intercept-resend' }, totals: { siftedZ: 1000, errorsZ: 100 } }),
      ),
    ).toBe(false);
    expect(
      CHECKS.qberPastThreshold(snapshot({ params: { eve: 'intercept-resend' }, totals: { siftedZ: 20, errorsZ: 5 } })),
    ).toBe(false);
  });

  it('millionToOne needs 49 or more checked bits', () => {
    expect(CHECKS.millionToOne(snapshot({ learner: { checkedBits: 49 } }))).toBe(true);
    expect(CHECKS.millionToOne(snapshot({ learner: { checkedBits: 48 } }))).toBe(false);
    expect(CHECKS.millionToOne(snapshot())).toBe(false);
  });

  it('pnsReadsLaser and pnsFailsOnDot tell the laser from the dot', () => {
    const laser = { source: 'wcp' as const, decoy: 'none' as const, eve: 'pns' as const };
    expect(
      CHECKS.pnsReadsLaser(snapshot({ params: laser, totals: { siftedZ: 1000, eveExactSiftedZ: 900, errorsZ: 5 } })),
    ).toBe(true);
    expect(
      CHECKS.pnsReadsLaser(snapshot({ params: laser, totals: { siftedZ: 1000, eveExactSiftedZ: 100, errorsZ: 5 } })),
    ).toBe(false);
    expect(
      CHECKS.pnsReadsLaser(
        snapshot({ params: { ...laser, source: 'qd' }, totals: { siftedZ: 1000, eveExactSiftedZ: 900 } }),
      ),
    ).toBe(false);
    const dot = { source: 'qd' as const, eve: 'pns' as const, g2Zero: 0.01 };
    expect(CHECKS.pnsFailsOnDot(snapshot({ params: dot, totals: { siftedZ: 2000, eveExactSiftedZ: 60 } }))).toBe(true);
    expect(CHECKS.pnsFailsOnDot(snapshot({ params: dot, totals: { siftedZ: 500, eveExactSiftedZ: 10 } }))).toBe(false);
    expect(
      CHECKS.pnsFailsOnDot(
        snapshot({ params: { ...dot, g2Zero: 0.5 }, totals: { siftedZ: 2000, eveExactSiftedZ: 60 } }),
      ),
    ).toBe(false);
    expect(CHECKS.pnsFailsOnDot(snapshot({ params: dot, totals: { siftedZ: 2000, eveExactSiftedZ: 600 } }))).toBe(
      false,
    );
  });

  it('decoysCatchPns needs decoys on the laser under PNS and an aborted block given (almost) all to Eve', () => {
    const params = { source: 'wcp' as const, decoy: 'vacuum-weak' as const, eve: 'pns' as const };
    const caught = { isAborted: true, nKey: 100_000, nMulti: 100_000 };
    expect(CHECKS.decoysCatchPns(snapshot({ params, newestBlock: caught }))).toBe(true);
    expect(CHECKS.decoysCatchPns(snapshot({ params, newestBlock: { ...caught, nMulti: 45_438 } }))).toBe(false);
    expect(CHECKS.decoysCatchPns(snapshot({ params, newestBlock: { ...caught, isAborted: false } }))).toBe(false);
    expect(CHECKS.decoysCatchPns(snapshot({ params: { ...params, decoy: 'none' }, newestBlock: caught }))).toBe(false);
    expect(CHECKS.decoysCatchPns(snapshot({ params: { ...params, eve: 'none' }, newestBlock: caught }))).toBe(false);
    expect(CHECKS.decoysCatchPns(snapshot({ params }))).toBe(false);
  });

  it("experimentKey needs the 120 km experiment's link and a final key", () => {
    const experiment = presetParams('qd-timebin-120km');
    expect(CHECKS.experimentKey(snapshot({ params: experiment, finalKeyBits: 8898 }))).toBe(true);
    expect(CHECKS.experimentKey(snapshot({ params: experiment, finalKeyBits: 0 }))).toBe(false);
    // The classroom link stretched to 120 km is not the experiment.
    expect(CHECKS.experimentKey(snapshot({ params: { fiberLengthKm: 120 }, finalKeyBits: 5000 }))).toBe(false);
    expect(CHECKS.experimentKey(snapshot({ params: { ...experiment, fiberLengthKm: 60 }, finalKeyBits: 5000 }))).toBe(
      false,
    );
  });

  it('longFiber and darkCountsWin need the long link', () => {
    expect(CHECKS.longFiber(snapshot({ params: { fiberLengthKm: 120 }, totals: { siftedZ: 150, siftedX: 150 } }))).toBe(
      true,
    );
    expect(CHECKS.longFiber(snapshot({ params: { fiberLengthKm: 80 }, totals: { siftedZ: 150, siftedX: 150 } }))).toBe(
      false,
    );
    const noisy = { siftedZ: 300, errorsZ: 40 };
    expect(CHECKS.darkCountsWin(snapshot({ params: { fiberLengthKm: 120 }, totals: noisy }))).toBe(true);
    expect(
      CHECKS.darkCountsWin(snapshot({ params: { fiberLengthKm: 120, eve: 'intercept-resend' }, totals: noisy })),
    ).toBe(false);
    expect(CHECKS.darkCountsWin(snapshot({ params: { fiberLengthKm: 20 }, totals: noisy }))).toBe(false);
  });

  it('classicalKillsKey needs classical data in the fiber, no Eve and a QBER past 11 %', () => {
    const noisy = { siftedZ: 300, errorsZ: 40 };
    expect(
      CHECKS.classicalKillsKey(
        snapshot({ params: { fiberLengthKm: 25, classicalChannel: 'co-propagating' }, totals: noisy }),
      ),
    ).toBe(true);
    expect(
      CHECKS.classicalKillsKey(snapshot({ params: { fiberLengthKm: 25, classicalChannel: 'off' }, totals: noisy })),
    ).toBe(false);
    expect(
      CHECKS.classicalKillsKey(
        snapshot({ params: { classicalChannel: 'co-propagating', eve: 'intercept-resend' }, totals: noisy }),
      ),
    ).toBe(false);
    expect(
      CHECKS.classicalKillsKey(
        snapshot({ params: { classicalChannel: 'counter-propagating' }, totals: { siftedZ: 300, errorsZ: 10 } }),
      ),
    ).toBe(false);
  });

  it('the distillation checks need a traced key block, a walked fix and a coin-flip Eve', () => {
    const keyBlock = { finalKeyBits: 400, nKey: 3800, eveFinalKeyAgreement: 0.51, hasCascadeTrace: true };
    expect(CHECKS.tracedKeyBlock(snapshot({ keyBlock }))).toBe(true);
    expect(CHECKS.tracedKeyBlock(snapshot({ keyBlock: { ...keyBlock, hasCascadeTrace: false } }))).toBe(false);
    expect(CHECKS.tracedKeyBlock(snapshot())).toBe(false);
    expect(CHECKS.walkedToFix(snapshot({ learner: { hasSeenCascadeFix: true } }))).toBe(true);
    expect(CHECKS.walkedToFix(snapshot())).toBe(false);
    expect(CHECKS.eveAtCoinFlip(snapshot({ params: { eve: 'intercept-resend' }, keyBlock }))).toBe(true);
    expect(
      CHECKS.eveAtCoinFlip(
        snapshot({ params: { eve: 'intercept-resend' }, keyBlock: { ...keyBlock, eveFinalKeyAgreement: 0.9 } }),
      ),
    ).toBe(false);
    expect(CHECKS.eveAtCoinFlip(snapshot({ params: { eve: 'none' }, keyBlock }))).toBe(false);
  });
});

describe('writing a miss chance', () => {
  it('uses percent above 1 %, a power of ten below, and survives where the chance underflows', () => {
    expect(chanceParts(0.75, 10)).toEqual({ kind: 'percent', percent: expect.closeTo(5.63, 2) });
    expect(chanceParts(0.75, 0)).toEqual({ kind: 'percent', percent: 100 });
    // 0.75⁴⁹ = 7.55·10⁻⁷: one in 1.32 million.
    expect(chanceParts(0.75, 49)).toEqual({ kind: 'power', mantissa: 7.55, exponent: -7, oneIn: 1.32e6 });
    // 0.75³⁰⁰⁰ is 0 as a double; its logarithm, 3000·log₁₀0.75 = −374.816, is written out: 1.53·10⁻³⁷⁵.
    expect(0.75 ** 3000).toBe(0);
    expect(chanceParts(0.75, 3000)).toEqual({ kind: 'power', mantissa: 1.53, exponent: -375, oneIn: null });
    // A cloner with D = 0.5 on every photon.
    expect(chanceParts(0.5, 20)).toEqual({ kind: 'power', mantissa: 9.54, exponent: -7, oneIn: 1.05e6 });
    expect(chanceParts(0, 5)).toEqual({ kind: 'zero' });
  });
});
