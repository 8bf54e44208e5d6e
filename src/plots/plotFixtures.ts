// Fixed, seeded data for the plots' snapshot tests: a run's per-batch series (Eve switched on part-way, so the QBER
// jumps and blocks abort), its distilled blocks, a parameter change, theory-like distance curves and funnel counts.
import { Rng } from '../../workers/common/rng';
import { QBER_THRESHOLD } from '../../workers/common/thresholds';
import type { KeyRatePoint } from '../../workers/theory/keyRateCurve';
import type { KeyRateModel } from '../../workers/theory/models';
import { RunSeries } from '../engine/runSeries';
import type { ParamChange } from '../store/paramsSlice';
import type { BlockRecord } from '../store/runSlice';
import type { CurveId } from './distanceCurves';

/** A binomial draw by its normal approximation (counts of hundreds and more), rounded and kept in [0, n]. */
function binomial(rng: Rng, n: number, p: number): number {
  const u = Math.max(1e-12, rng.nextDouble());
  const gauss = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
  return Math.min(n, Math.max(0, Math.round(n * p + gauss * Math.sqrt(n * p * (1 - p)))));
}

export interface FixtureRun {
  series: RunSeries;
  blocks: BlockRecord[];
  changes: ParamChange[];
}

/** Simulated seconds at which Eve starts intercepting in the fixture run. */
export const EVE_ON_SECONDS = 18;

/**
 * `batches` batches of half a simulated second: 1e6 pulses, about 2 % detected, half of those sifted per basis, a
 * QBER near 2 % until Eve starts intercept-resend at EVE_ON_SECONDS (then near 25 %). One block per 3 000
 * detections; blocks after Eve's start abort.
 */
export function fixtureRun(seed: number, batches = 60): FixtureRun {
  const rng = Rng.fromSeed(seed);
  const series = new RunSeries(256);
  const blocks: BlockRecord[] = [];
  let pending = 0;
  for (let i = 0; i < batches; i++) {
    const tEnd = (i + 1) * 0.5;
    const qber = tEnd > EVE_ON_SECONDS ? 0.25 : 0.02;
    const detections = binomial(rng, 1_000_000, 0.002);
    const siftedZ = binomial(rng, detections, 0.25);
    const siftedX = binomial(rng, detections, 0.25);
    const errorsZ = binomial(rng, siftedZ, qber);
    const errorsX = binomial(rng, siftedX, qber);
    series.push({ tEnd, pulses: 1_000_000, detections, siftedZ, errorsZ, siftedX, errorsX, eveExactZ: 0 });
    pending += detections;
    while (pending >= 3_000) {
      pending -= 3_000;
      const isAborted = qber > QBER_THRESHOLD;
      blocks.push({
        nDetected: 3_000,
        nSiftedZ: 750,
        finalKeyBits: isAborted ? 0 : 300 + rng.nextInt(60),
        isAborted,
        qberTrueZ: qber,
        eveKnownSiftedFraction: isAborted ? 0.5 : 0,
        eveFinalKeyAgreement: null,
      });
    }
  }
  const changes: ParamChange[] = [{ runId: 1, simulatedSeconds: EVE_ON_SECONDS, id: 'eve', value: 'intercept-resend' }];
  return { series, blocks, changes };
}

/**
 * Curves shaped like the theory worker's (0.2 dB/km fiber, PLOB = −log₂(1 − η)), from closed forms so the snapshot
 * tests the drawing, not the key-rate models: each source falls off at its own distance.
 */
export function fixtureCurves(toKm = 200, points = 40): Record<CurveId, KeyRatePoint[]> {
  const km = Array.from({ length: points + 1 }, (_, i) => (i * toKm) / points);
  const eta = (d: number) => 10 ** (-0.02 * d);
  const plob = (d: number) => -Math.log2(1 - eta(d) * 0.999);
  const curve = (model: KeyRateModel, rate: (d: number) => number): KeyRatePoint[] =>
    km.map((d) => ({
      distanceKm: d,
      bitsPerPulse: Math.max(0, rate(d)),
      qber: 0.02,
      model,
      plobBitsPerPulse: plob(d),
    }));
  const cutoff = (d: number, reach: number) => 1 - (d / reach) ** 4;
  return {
    plob: curve('plob', plob),
    qd: curve('gllp-sps', (d) => 0.05 * eta(d) * cutoff(d, 150)),
    laser: curve('gllp-wcp', (d) => 0.01 * eta(d) ** 2 * cutoff(d, 40)),
    decoy: curve('decoy-vacuum-weak', (d) => 0.2 * eta(d) * cutoff(d, 180)),
    link: curve('decoy-finite', (d) => 0.03 * eta(d) * cutoff(d, 120)),
  };
}
