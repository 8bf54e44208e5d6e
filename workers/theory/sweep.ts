// Monte-Carlo key rates to lay over the analytic curves: at each chosen distance, run the photon
// simulator (workers/photon) into the real distillation pipeline (workers/distill) and report the
// measured secret bits per pulse with a 1σ error bar, next to the pipeline's expected-value rate.
import type { LinkParams } from '../common/params';
import { BASIS_Z, type DetectionBatch } from '../common/detections';
import { binaryEntropy } from '../common/entropy';
import { DEFAULT_EC_EFFICIENCY } from '../common/thresholds';
import { Distiller } from '../distill/Distiller';
import { runLink } from '../photon/runLink';
import { pipelineKeyRate } from './pipelineRate';

export interface SweepOptions {
  distancesKm: readonly number[];
  seed: number;
  /** Full blocks (params.blockSizeBits key bits each) to distil per distance; default 20. */
  blocksPerDistance?: number;
  /** Stop a distance after this many pulses even if fewer blocks are done; default 10^10. */
  maxPulsesPerDistance?: number;
  batchSize?: number;
}

export interface SweepPoint {
  distanceKm: number;
  pulses: number;
  /** Full blocks distilled, and how many of them aborted (they count as zero key). */
  blocks: number;
  blocksAborted: number;
  finalKeyBits: number;
  /** Measured secret bits per pulse and its 1σ standard error. */
  bitsPerPulse: number;
  bitsPerPulseError: number;
  /** Measured Z QBER (true errors of the key bits) and Cascade's measured inefficiency f. */
  qberZ: number;
  ecEfficiency: number;
  /** The pipeline's expected rate for the same parameters with the measured f (pipelineRate.ts). */
  expectedBitsPerPulse: number;
}

function meanAndError(xs: number[]): { mean: number; error: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : Infinity;
  return { mean, error: Math.sqrt(variance / n) };
}

/** Simulate and distil one distance; measured rate = (Z key bits per pulse) × (mean final-key fraction per block). */
export function measureKeyRate(
  params: LinkParams,
  distanceKm: number,
  opts: Omit<SweepOptions, 'distancesKm'> & { stream?: number },
): SweepPoint {
  const p = { ...params, fiberLengthKm: distanceKm, evePositionKm: Math.min(params.evePositionKm, distanceKm) };
  const wantBlocks = opts.blocksPerDistance ?? 20;
  const distiller = new Distiller(p, opts.seed + 7919 * (opts.stream ?? 0));
  const fractions: number[] = [];
  let pulses = 0,
    keyBitsSeen = 0,
    aborted = 0,
    finalKeyBits = 0,
    leak = 0,
    leakNorm = 0,
    errors = 0,
    keyBits = 0;
  const countKeyBits = (b: DetectionBatch) => {
    let c = 0;
    for (let i = 0; i < b.count; i++) if (b.aliceBasis[i] === BASIS_Z && b.bobBasis[i] === BASIS_Z) c++;
    return c;
  };
  for (const batch of runLink(p, {
    seed: opts.seed,
    stream: opts.stream ?? 0,
    pulses: opts.maxPulsesPerDistance ?? 1e10,
    batchSize: opts.batchSize,
  })) {
    pulses = batch.endPulse;
    keyBitsSeen += countKeyBits(batch);
    for (const r of distiller.push(batch)) {
      fractions.push(r.finalKeyBits / r.nKey);
      finalKeyBits += r.finalKeyBits;
      if (r.aborted) aborted++;
      errors += r.qberTrue.z * r.nKey;
      keyBits += r.nKey;
      if (r.leakBits > 0) {
        // Cascade ran (the block passed estimation): its leak is λ_EC.
        leak += r.leakBits;
        leakNorm += r.nKey * binaryEntropy(r.qberTrue.z);
      }
    }
    if (fractions.length >= wantBlocks) break;
  }
  const keyRate = keyBitsSeen / Math.max(1, pulses);
  const frac = meanAndError(fractions);
  const relError = Math.hypot(frac.mean > 0 ? frac.error / frac.mean : 0, 1 / Math.sqrt(Math.max(1, keyBitsSeen)));
  const bitsPerPulse = fractions.length ? keyRate * frac.mean : 0;
  const ecEfficiency = leakNorm > 0 ? leak / leakNorm : NaN;
  return {
    distanceKm,
    pulses,
    blocks: fractions.length,
    blocksAborted: aborted,
    finalKeyBits,
    bitsPerPulse,
    bitsPerPulseError: frac.mean > 0 ? bitsPerPulse * relError : keyRate * frac.error,
    qberZ: keyBits > 0 ? errors / keyBits : NaN,
    ecEfficiency,
    expectedBitsPerPulse: pipelineKeyRate(
      p,
      distanceKm,
      Number.isFinite(ecEfficiency) ? ecEfficiency : DEFAULT_EC_EFFICIENCY,
    ).bitsPerPulse,
  };
}

/** Measured key rates at each distance (independent generator streams per distance). */
export function runSweep(params: LinkParams, opts: SweepOptions): SweepPoint[] {
  return opts.distancesKm.map((d, i) => measureKeyRate(params, d, { ...opts, stream: i }));
}
