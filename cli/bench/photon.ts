// Benchmark group "photon": speed of the event-skipping simulator, of the plain reference loop, and the
// real-time factor of the 120 km preset. One thread; each figure is the median of several timed
// repetitions after a warm-up. Numbers are noisy on a shared machine.
import { presetParams } from '../../workers/common/presets';
import { LinkSimulator } from '../../workers/photon/LinkSimulator';
import { simulateReference } from '../../workers/photon/referenceLoop';
import { DEFAULT_BATCH_SIZE } from '../../workers/photon/runLink';

const REPETITIONS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median over repetitions of work()/seconds, after one untimed warm-up call. */
function rate(work: () => number): number {
  work();
  const rates: number[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const t0 = performance.now();
    const amount = work();
    rates.push(amount / ((performance.now() - t0) / 1000));
  }
  return median(rates);
}

/**
 * Detections per wall second on the ideal-classroom preset (gain ≈ 0.38 per pulse, no dead time), in
 * batches of runLink's default size (fresh arrays per batch, as the worker produces them).
 */
function photonEventsPerSecond(): number {
  const sim = new LinkSimulator(presetParams('ideal-classroom'), 1);
  return rate(() => {
    let detections = 0;
    while (detections < 8_000_000) detections += sim.nextBatch(DEFAULT_BATCH_SIZE, Number.MAX_SAFE_INTEGER).count;
    return detections;
  });
}

/** Pulses per wall second of the plain reference loop on the qd-timebin-120km preset. */
function naivePulsesPerSecond(): number {
  const params = presetParams('qd-timebin-120km');
  let seed = 1;
  return rate(() => {
    const pulses = 200_000_000;
    simulateReference(params, seed++, pulses);
    return pulses;
  });
}

/** Simulated seconds per wall second on the qd-timebin-120km preset. */
function realTimeFactor120km(): number {
  const params = presetParams('qd-timebin-120km');
  const sim = new LinkSimulator(params, 1);
  const simulatedSeconds = 200;
  return rate(() => {
    sim.nextBatch(1e9, sim.pulsesDone + Math.round(simulatedSeconds * params.repetitionRateHz));
    return simulatedSeconds;
  });
}

export async function run(): Promise<Record<string, number>> {
  return {
    photonEventsPerSecond: Math.round(photonEventsPerSecond()),
    naivePulsesPerSecond: Math.round(naivePulsesPerSecond()),
    realTimeFactor120km: Math.round(realTimeFactor120km()),
  };
}
