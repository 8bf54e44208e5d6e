// The key-rate models (GLLP, decoy states, PLOB; docs/model.md) reduced to one shape: each model says what Q, E, the
// single-photon gain Q1 and the single-photon error e1 are (exact, bounded or worst case) for given
// intensities; rates.ts turns those terms into asymptotic and finite-size key rates.
import type { LinkParams } from '../common/params';
import { multiPhotonProbability, poissonSinglePhotonProbability } from '../common/photonStats';
import { vacuumWeakDecoyBounds } from './decoyBounds';
import { qdGainAndQber, singlePhotonYield, wcpGainAndQber } from './gain';
import { vacuumYield } from './channel';

/**
 * 'decoy-finite' is the finite-key three-intensity analysis of Lim et al. (2014) for one block
 * (decoyFinite.ts): it is computed from expected counts, not from the terms below.
 */
export type KeyRateModel = 'gllp-sps' | 'gllp-wcp' | 'decoy-vacuum-weak' | 'decoy-infinite' | 'decoy-finite' | 'plob';
export const KEY_RATE_MODELS: readonly KeyRateModel[] = [
  'gllp-sps',
  'gllp-wcp',
  'decoy-vacuum-weak',
  'decoy-infinite',
  'decoy-finite',
  'plob',
];

export function isKeyRateModel(s: string): s is KeyRateModel {
  return (KEY_RATE_MODELS as readonly string[]).includes(s);
}

/**
 * The model that matches the link: quantum dot → GLLP-SPS; laser → GLLP-WCP, or vacuum+weak decoy when decoys are on.
 */
export function defaultModel(p: LinkParams): KeyRateModel {
  if (p.source === 'qd') return 'gllp-sps';
  return p.decoy === 'vacuum-weak' ? 'decoy-vacuum-weak' : 'gllp-wcp';
}

/** Does the model describe a laser (Poisson) source, whose intensity μ is a free knob worth optimising? */
export function isLaserModel(m: KeyRateModel): boolean {
  return m === 'gllp-wcp' || m === 'decoy-vacuum-weak' || m === 'decoy-infinite' || m === 'decoy-finite';
}

/** Everything the key-rate formulas need, per pulse at the signal intensity. */
export interface RateTerms {
  gain: number;
  qberZ: number;
  qberX: number;
  /** Lower bound on the gain from single-photon pulses (Q1 = Y1·μe^(−μ), or Q − p_multi when tagging). */
  q1: number;
  /** Upper bounds on the single-photon error rate in each basis. */
  e1Z: number;
  e1X: number;
  /** 'tagged': GLLP worst case, all errors sit on single photons; 'decoy': e1 bounded from decoy statistics. */
  kind: 'tagged' | 'decoy';
}

/** Terms of the source-matched QBER for the PLOB model (which only needs a QBER to report). */
function sourceGain(p: LinkParams, distanceKm: number, mu: number) {
  return p.source === 'qd' ? qdGainAndQber(p, distanceKm, mu) : wcpGainAndQber(p, distanceKm, mu);
}

/** Model terms at signal intensity μ (and decoy intensity ν for vacuum+weak). */
export function rateTerms(model: KeyRateModel, p: LinkParams, distanceKm: number, mu: number, nu: number): RateTerms {
  switch (model) {
    case 'gllp-sps':
    case 'gllp-wcp': {
      const g = model === 'gllp-sps' ? qdGainAndQber(p, distanceKm, mu) : wcpGainAndQber(p, distanceKm, mu);
      const pMulti = multiPhotonProbability(model === 'gllp-sps' ? 'qd' : 'wcp', mu, p.g2Zero);
      const oneMinusDelta = g.gain > 0 ? Math.max(0, 1 - pMulti / g.gain) : 0;
      const e1 = (e: number) => (oneMinusDelta > 0 ? Math.min(0.5, e / oneMinusDelta) : 0.5);
      return { ...g, q1: g.gain * oneMinusDelta, e1Z: e1(g.qberZ), e1X: e1(g.qberX), kind: 'tagged' };
    }
    case 'decoy-infinite': {
      const g = wcpGainAndQber(p, distanceKm, mu);
      const s = singlePhotonYield(p, distanceKm);
      return { ...g, q1: s.y1 * poissonSinglePhotonProbability(mu), e1Z: s.e1Z, e1X: s.e1X, kind: 'decoy' };
    }
    case 'decoy-vacuum-weak': {
      const g = wcpGainAndQber(p, distanceKm, mu);
      const d = wcpGainAndQber(p, distanceKm, nu);
      const y0 = vacuumYield(p, distanceKm);
      const obs = { mu, nu, gainMu: g.gain, gainNu: d.gain, y0 };
      const bz = vacuumWeakDecoyBounds({ ...obs, errorNu: d.qberZ });
      const bx = vacuumWeakDecoyBounds({ ...obs, errorNu: d.qberX });
      return { ...g, q1: bz.q1Lower, e1Z: bz.e1Upper, e1X: bx.e1Upper, kind: 'decoy' };
    }
    case 'decoy-finite':
      throw new RangeError('decoy-finite has no asymptotic terms: its rate comes from decoyFinite.ts (keyRateAt)');
    case 'plob': {
      const g = sourceGain(p, distanceKm, mu);
      return { ...g, q1: 0, e1Z: 0.5, e1X: 0.5, kind: 'tagged' };
    }
  }
}
