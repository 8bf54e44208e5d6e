// The current link as a Monte-Carlo point on the distance plot: the live run's secret key bits per pulse
// over its distilled blocks, with a 1σ error bar from the spread of per-block rates (three blocks or more)
// or, before that, from counting statistics (Poisson detections, binomial QBER through the key formula).
import { binaryEntropy } from '../../workers/common/entropy';
import { DEFAULT_EC_EFFICIENCY } from '../../workers/common/thresholds';
import type { BlockRecord } from '../store/runSlice';

export interface McPoint {
  bitsPerPulse: number;
  sigma: number;
  blocks: number;
  method: 'block spread' | 'counting statistics';
}

/** The binary entropy and its derivative, for the GLLP key rate (Gottesman et al., QIC 4, 325 (2004)). */
const h = binaryEntropy;
const dh = (x: number) => (x <= 0 || x >= 1 ? 0 : Math.log2((1 - x) / x));

/**
 * `detectionsPerPulse` converts a block's detections into the pulses that produced them (run totals).
 * Null before any block, or when no pulse has been counted.
 */
export function measuredPoint(blocks: readonly BlockRecord[], detectionsPerPulse: number): McPoint | null {
  if (blocks.length === 0 || !(detectionsPerPulse > 0)) return null;
  const rates = blocks.map((b) => (b.nDetected > 0 ? (b.finalKeyBits * detectionsPerPulse) / b.nDetected : 0));
  const detections = blocks.reduce((a, b) => a + b.nDetected, 0);
  const finalBits = blocks.reduce((a, b) => a + b.finalKeyBits, 0);
  const bitsPerPulse = detections > 0 ? (finalBits * detectionsPerPulse) / detections : 0;
  if (blocks.length >= 3) {
    const mean = rates.reduce((a, r) => a + r, 0) / rates.length;
    const variance = rates.reduce((a, r) => a + (r - mean) ** 2, 0) / (rates.length - 1);
    return { bitsPerPulse, sigma: Math.sqrt(variance / rates.length), blocks: blocks.length, method: 'block spread' };
  }
  const nZ = blocks.reduce((a, b) => a + b.nSiftedZ, 0);
  const withQber = blocks.filter((b) => Number.isFinite(b.qberTrueZ));
  const e = withQber.length ? withQber.reduce((a, b) => a + b.qberTrueZ * b.nSiftedZ, 0) / Math.max(1, nZ) : 0;
  const sigmaE = nZ > 0 ? Math.sqrt((e * (1 - e)) / nZ) : 0;
  const margin = Math.max(1e-9, 1 - (1 + DEFAULT_EC_EFFICIENCY) * h(e));
  const relative = Math.sqrt(
    1 / Math.max(1, detections) + (((1 + DEFAULT_EC_EFFICIENCY) * dh(e) * sigmaE) / margin) ** 2,
  );
  return { bitsPerPulse, sigma: bitsPerPulse * relative, blocks: blocks.length, method: 'counting statistics' };
}
