// Block-size schedules of Cascade: the 1994 original (k1 ≈ 0.73/QBER, doubling, 4 passes) and
// "Cascade opt. (8)" of Martinez-Mateo et al. 2015, "Demystifying the information reconciliation
// protocol Cascade" (power-of-two sizes, 14 passes, the last ones on halves of the key).
import type { CascadeVariant } from '../common/params';

/** Below this the estimate is clamped so that block sizes stay finite on error-free keys. */
const MIN_QBER = 1e-4;

export interface CascadeSchedule {
  variant: CascadeVariant;
  /** Top-level block size of every pass, in key bits (each at most the key length). */
  blockSizes: number[];
}

export function cascadeSchedule(variant: CascadeVariant, qberEstimate: number, keyBits: number): CascadeSchedule {
  const q = Math.min(0.5, Math.max(MIN_QBER, qberEstimate));
  const n = Math.max(1, keyBits);
  const sizes: number[] = [];
  if (variant === 'original') {
    let k = Math.max(2, Math.round(0.73 / q));
    for (let pass = 0; pass < 4; pass++, k *= 2) sizes.push(k);
  } else {
    const alpha = Math.log2(1 / q) - 0.5;
    sizes.push(2 ** Math.ceil(alpha), 2 ** Math.ceil((alpha + 12) / 2), 4096);
    for (let pass = 3; pass < 14; pass++) sizes.push(Math.ceil(n / 2));
  }
  return { variant, blockSizes: sizes.map((k) => Math.max(1, Math.min(n, k))) };
}
