// Benchmark group "theory" for `npm run bench`: time to compute a 301-point key-rate curve (0–300 km,
// vacuum+weak decoy, μ optimised at every point) for the GYS link, and a Monte-Carlo sweep (photon + distill).
import { performance } from 'node:perf_hooks';
import { presetParams } from '../../workers/common/presets';
import { keyRateCurve } from '../../workers/theory/keyRateCurve';
import { GYS_EC_EFFICIENCY } from '../../workers/theory/rates';
import { runSweep } from '../../workers/theory/sweep';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<Record<string, number>> {
  const p = presetParams('gys-textbook');
  const opts = {
    model: 'decoy-vacuum-weak' as const,
    fromKm: 0,
    toKm: 300,
    stepKm: 1,
    optimiseMu: true,
    ecEfficiency: GYS_EC_EFFICIENCY,
  };
  keyRateCurve(p, opts); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    keyRateCurve(p, opts);
    times.push(performance.now() - t0);
  }
  // The sweep of workers/theory/sweep.test.ts: classroom link, 5 distances × 20 blocks of 10^4 key bits.
  const classroom = { ...presetParams('ideal-classroom'), blockSizeBits: 10_000 };
  const t0 = performance.now();
  runSweep(classroom, { distancesKm: [0, 10, 25, 40, 60], seed: 1, blocksPerDistance: 20 });
  const mcSweepSeconds = (performance.now() - t0) / 1000;
  return {
    keyrateCurveMs: Math.round(median(times) * 10) / 10,
    mcSweepSeconds: Math.round(mcSweepSeconds * 1000) / 1000,
  };
}
