// When, in simulated time, a block filled: a worker call returns the blocks it completed but not the second
// they completed in. Blocks are cut at a count of sifted Z bits, so the time is interpolated from the call's
// sifted Z count (steady within one call of at most ten minutes): good to seconds, without finer calls.

/**
 * Simulated time at which the cumulative sifted Z count reached `zAtBlockEnd`, for a call that covered
 * [startS, endS] and took the count from `zBefore` to `zBefore + zInCall`. Clamped to the call.
 */
export function blockCompletionSeconds(
  startS: number,
  endS: number,
  zBefore: number,
  zInCall: number,
  zAtBlockEnd: number,
): number {
  if (!(zInCall > 0)) return endS;
  const f = Math.min(1, Math.max(0, (zAtBlockEnd - zBefore) / zInCall));
  return Math.round(startS + f * (endS - startS));
}
