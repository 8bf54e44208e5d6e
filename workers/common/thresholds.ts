// Thresholds and protocol constants that several layers must agree on, written once: the pipeline aborts at them,
// the theory and the plots compute with them, the lessons check against them. No imports, so the page may use them.

/**
 * The one-way BB84 error threshold, 11 %. Shor and Preskill (PRL 85, 441, 2000) give the asymptotic key fraction
 * 1 − h(e_bit) − h(e_phase); with equal bit and phase errors Q it is 1 − 2h(Q), which reaches 0 at Q = 11.003 %
 * (h(Q) = 1 − h(Q), i.e. h(Q) = 1/2). Above it no one-way error correction and privacy amplification leaves a key.
 * The pipeline applies the general form (isBeyondErrorThreshold in workers/distill/distillBlock.ts), which equals
 * this value when both error rates are equal; the QBER plots draw it and the lessons compare QBERs with it.
 */
export const QBER_THRESHOLD = 0.11;

/**
 * Error-correction inefficiency f (leak = f·n·h(Q)) assumed when none is given: 1.16, as in Lim et al. (PRA 89,
 * 022307, 2014) and close to what Cascade leaks at a few % QBER. The theory curves use it, and the distance plot
 * propagates a run's QBER uncertainty with it.
 */
export const DEFAULT_EC_EFFICIENCY = 1.16;
