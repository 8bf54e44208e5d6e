// Runs the photon simulator and the key pipeline for the `sim` command and assembles the JSON report
// of architecture.md (one object, fields in the contract's order). Pure orchestration over workers/ cores.
import type { LinkParams } from '../workers/common/params';
import type { BlockReport } from '../workers/common/reports';
import { runLink } from '../workers/photon/runLink';
import { summarizeBatch } from '../workers/photon/stats';
import { expectedStatistics } from '../workers/photon/expected';
import { Distiller } from '../workers/distill/Distiller';

export interface SimOptions {
  seed: number;
  simulatedSeconds?: number;
  pulses?: number;
}

export interface SimReport {
  params: LinkParams;
  seed: number;
  pulses: number;
  simulatedSeconds: number;
  wallSeconds: number;
  detections: number;
  sifted: { z: number; x: number };
  qber: { z: number | null; x: number | null };
  qberEstimate: { z: number | null; x: number | null; upperBound: number | null };
  expected: { gainPerPulse: number; qberZ: number };
  errorCorrection: { method: 'cascade'; leakBits: number; efficiency: number | null; rounds: number };
  verified: boolean;
  aborted: boolean;
  abortReason: string | null;
  finalKeyBits: number;
  aliceBobKeysEqual: boolean;
  secretKeyRate: { bitsPerPulse: number; bitsPerSecond: number };
  eve: { knownSiftedFraction: number; finalKeyAgreement: number | null };
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** Weighted mean of a per-block figure, weights = key bits of the block; null when no block has one. */
function weighted(blocks: BlockReport[], pick: (b: BlockReport) => number | null, weight: (b: BlockReport) => number): number | null {
  let s = 0, w = 0;
  for (const b of blocks) {
    const v = pick(b);
    const wt = weight(b);
    if (v === null || !Number.isFinite(v) || wt <= 0) continue;
    s += v * wt;
    w += wt;
  }
  return w > 0 ? s / w : null;
}

export function simulateLink(params: LinkParams, opts: SimOptions): SimReport {
  const t0 = performance.now();
  const distiller = new Distiller(params, opts.seed);
  const blocks: BlockReport[] = [];
  let pulses = 0, simulatedSeconds = 0, detections = 0, siftedZ = 0, siftedX = 0, errorsZ = 0, errorsX = 0, eveExact = 0;
  for (const batch of runLink(params, { seed: opts.seed, simulatedSeconds: opts.simulatedSeconds, pulses: opts.pulses })) {
    const s = summarizeBatch(batch);
    detections += s.detections;
    siftedZ += s.siftedZ;
    siftedX += s.siftedX;
    errorsZ += s.errorsZ;
    errorsX += s.errorsX;
    eveExact += s.eveExactSiftedZ;
    pulses = batch.endPulse;
    simulatedSeconds = batch.simulatedSecondsEnd;
    blocks.push(...distiller.push(batch));
  }
  blocks.push(...distiller.finish());
  const summary = distiller.summary();
  const expected = expectedStatistics(params);
  const keyed = blocks.filter((b) => !b.aborted);
  const firstAbort = blocks.find((b) => b.aborted) ?? null;
  const finalKeyBits = summary.finalKeyBits;
  const agreement = weighted(keyed, (b) => b.eveFinalKeyAgreement, (b) => b.finalKeyBits);
  return {
    params,
    seed: opts.seed,
    pulses,
    simulatedSeconds,
    wallSeconds: (performance.now() - t0) / 1000,
    detections,
    sifted: { z: siftedZ, x: siftedX },
    qber: { z: ratio(errorsZ, siftedZ), x: ratio(errorsX, siftedX) },
    qberEstimate: {
      z: weighted(blocks, (b) => b.qberEstimate.z, (b) => b.nKey),
      x: weighted(blocks, (b) => b.qberEstimate.x, (b) => b.nSifted.x),
      upperBound: blocks.length ? Math.max(...blocks.map((b) => b.qberEstimate.upperBound).filter(Number.isFinite)) : null,
    },
    expected: { gainPerPulse: expected.gainPerPulse, qberZ: expected.qberZ },
    errorCorrection: {
      method: 'cascade',
      leakBits: summary.leakBits,
      efficiency: weighted(blocks.filter((b) => b.leakBits > 0), (b) => b.efficiency, (b) => b.nKey),
      rounds: summary.rounds,
    },
    verified: keyed.length > 0 && keyed.every((b) => b.verified),
    aborted: keyed.length === 0,
    abortReason: keyed.length === 0 ? (firstAbort?.abortMessage ?? 'no block was distilled') : null,
    finalKeyBits,
    aliceBobKeysEqual: summary.aliceBobKeysEqual,
    secretKeyRate: {
      bitsPerPulse: pulses > 0 ? finalKeyBits / pulses : 0,
      bitsPerSecond: simulatedSeconds > 0 ? finalKeyBits / simulatedSeconds : 0,
    },
    eve: { knownSiftedFraction: siftedZ > 0 ? eveExact / siftedZ : 0, finalKeyAgreement: agreement },
  };
}
