// Exact outcome probabilities of Bob's two detectors for m photons of one state arriving at his input:
// which detectors click (none / det0 / det1 / both) and whether any signal photon was detected, with
// independent dark clicks and detectors that may be dead. The building block of the outcome tables.

/** Outcome category index = clickMask * 2 + (signal detected ? 1 : 0); 8 slots (slot 1 is always 0). */
export const OUTCOME_SLOTS = 8;

/**
 * Fill `out` (length 8) with P(category) for m photons, each independently detected by det0 with
 * probability a0 and by det1 with probability a1 (a0 + a1 ≤ 1), dark clicks with probability pDark
 * per live detector, and detectors dead where liveMask lacks their bit (their photons are lost).
 */
export function detectorOutcomes(
  out: Float64Array,
  m: number,
  a0: number,
  a1: number,
  pDark: number,
  liveMask: number,
): void {
  out.fill(0);
  // Signal-only probabilities: p00 none, p10 det0 only, p01 det1 only, p11 both.
  let p00 = 1,
    p10 = 0,
    p01 = 0,
    p11 = 0;
  if (m > 0) {
    const a = a0 + a1;
    if (a < 0.5) {
      // Log forms keep full relative precision when the link is very lossy.
      const l0 = Math.log1p(-a0),
        l1 = Math.log1p(-a1),
        l01 = Math.log1p(-a);
      p00 = Math.exp(m * l01);
      p10 = p00 * Math.expm1(m * (l1 - l01));
      p01 = p00 * Math.expm1(m * (l0 - l01));
      p11 = m < 2 ? 0 : Math.max(0, -Math.expm1(m * l0) - p10);
    } else {
      p00 = (1 - a) ** m;
      const s0 = (1 - a0) ** m,
        s1 = (1 - a1) ** m;
      p10 = Math.max(0, s1 - p00);
      p01 = Math.max(0, s0 - p00);
      p11 = m < 2 ? 0 : Math.max(0, 1 - s0 - s1 + p00);
    }
  }
  const live0 = liveMask & 1,
    live1 = (liveMask >> 1) & 1;
  // Photons reaching a dead detector are lost: fold its signal outcome away.
  if (!live0) {
    p00 += p10;
    p01 += p11;
    p10 = 0;
    p11 = 0;
  }
  if (!live1) {
    p00 += p01;
    p10 += p11;
    p01 = 0;
    p11 = 0;
  }
  const signal = [p00, p10, p01, p11];
  const d0 = live0 ? pDark : 0,
    d1 = live1 ? pDark : 0;
  for (let s = 0; s < 4; s++) {
    const ps = signal[s];
    if (ps === 0) continue;
    const hasSignal = s !== 0 ? 1 : 0;
    for (let dark = 0; dark < 4; dark++) {
      const pd = (dark & 1 ? d0 : 1 - d0) * (dark & 2 ? d1 : 1 - d1);
      if (pd === 0) continue;
      const mask = s | dark;
      out[mask * 2 + hasSignal] += ps * pd;
    }
  }
}
