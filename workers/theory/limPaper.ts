// The system model of Lim et al. (PRA 89, 022307, 2014, §IV, dedicated fiber), used to reproduce their Fig. 1:
// InGaAs detectors with afterpulses, 0.2 dB/km fiber, e_mis = 0.5 %, f = 1.16, ε_sec = κ·ℓ, μ3 = 2×10⁻⁴.
import { fiberTransmittance } from '../common/photonStats';
import { optimiseDecoyFinite, type DecoyFiniteOptions, type DecoySettings, type ExpectedLink } from './decoyFinite';

/** The paper's parameter set, as printed in §IV. */
export const LIM_2014 = {
  /** Fixed third intensity (the near-vacuum decoy). */
  mu3: 2e-4,
  /** Bob's detection efficiency η_Bob, dark-count probability p_dc and afterpulse probability p_ap. */
  etaBob: 0.1,
  pDark: 6e-7,
  pAfterpulse: 4e-2,
  fiberLossDbPerKm: 0.2,
  eMis: 5e-3,
  ecEfficiency: 1.16,
  /** ε_sec = κ·ℓ (secrecy leakage per key bit) and ε_cor. */
  kappa: 1e-15,
  epsilonCor: 1e-15,
  /** Post-processing block sizes n_X = 10^s, s = 4…9, of Fig. 1. */
  blockSizes: [1e4, 1e5, 1e6, 1e7, 1e8, 1e9],
} as const;

/**
 * Which transmittance multiplies e_mis in the error probability. The paper prints
 * e_k = p_dc + e_mis·[1 − exp(−η_ch·k)] + p_ap·D_k/2 with the CHANNEL transmittance η_ch (not η_sys = η_ch·η_Bob);
 * 'system' is the usual convention (and QKD Lab's gain.ts). The reproduction test reports both.
 */
export type MisalignmentTransmittance = 'channel' | 'system';

/** Per-intensity gain R_k = D_k(1 + p_ap) and QBER e_k/R_k of the paper's model, both bases alike. */
export function limPaperLink(distanceKm: number, misalignment: MisalignmentTransmittance = 'channel'): ExpectedLink {
  const P = LIM_2014;
  const etaCh = fiberTransmittance(P, distanceKm);
  const etaSys = etaCh * P.etaBob;
  const etaMis = misalignment === 'channel' ? etaCh : etaSys;
  return (k) => {
    const d = 1 - (1 - 2 * P.pDark) * Math.exp(-etaSys * k);
    const gain = d * (1 + P.pAfterpulse);
    const errors = P.pDark + P.eMis * -Math.expm1(-etaMis * k) + (P.pAfterpulse * d) / 2;
    const qber = Math.min(0.5, errors / gain);
    return { gain, qberKey: qber, qberTest: qber };
  };
}

/** The paper's evaluation options for a block of n_X key-basis bits: f = 1.16, ε_sec = κ·ℓ, ε_cor = 10⁻¹⁵. */
export function limPaperOptions(blockBits: number): DecoyFiniteOptions {
  return {
    blockBits,
    ecEfficiency: LIM_2014.ecEfficiency,
    epsilonSec: { perKeyBit: LIM_2014.kappa },
    epsilonCor: LIM_2014.epsilonCor,
  };
}

/** Optimised secret key rate per pulse at distanceKm for block size n_X (μ3 = 2×10⁻⁴ fixed). */
export function limPaperRate(
  distanceKm: number,
  blockBits: number,
  misalignment: MisalignmentTransmittance = 'channel',
) {
  const start: DecoySettings = { mu1: 0.5, mu2: 0.1, mu3: LIM_2014.mu3, p1: 0.8, p2: 0.1, p3: 0.1, pKey: 0.8 };
  return optimiseDecoyFinite(limPaperLink(distanceKm, misalignment), start, limPaperOptions(blockBits));
}

/** Largest fiber length with a key for block size n_X, by bisection to `toleranceKm` (the rate falls with distance). */
export function limPaperMaxDistance(
  blockBits: number,
  misalignment: MisalignmentTransmittance = 'channel',
  toleranceKm = 0.1,
): number {
  const positive = (d: number) => limPaperRate(d, blockBits, misalignment).best.rate > 0;
  if (!positive(0)) return 0;
  let lo = 0,
    hi = 100;
  while (positive(hi)) {
    lo = hi;
    hi += 100;
  }
  while (hi - lo > toleranceKm) {
    const mid = (lo + hi) / 2;
    if (positive(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
