// Binary entropy and related information measures used by the key pipeline and the theory layer.
// h(x) is in bits; it is 0 at 0 and 1, and clamps its argument to [0, 1] so rounding never yields NaN.

export function binaryEntropy(x: number): number {
  if (!(x > 0) || !(x < 1)) return 0;
  return -x * Math.log2(x) - (1 - x) * Math.log2(1 - x);
}

/** h(x) for x ≤ 1/2, and 1 above it: the phase-error penalty saturates at a fully random phase. */
export function binaryEntropyCapped(x: number): number {
  return x >= 0.5 ? 1 : binaryEntropy(x);
}
