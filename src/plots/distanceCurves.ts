// The curves of the key-rate-versus-distance plot, as requests to the theory worker: the same fiber and
// detectors with a quantum dot, a laser without decoys, a decoy-state laser (asymptotic, μ optimised for
// the lasers), the PLOB bound, and this link's finite-block rate of QKD Lab's own pipeline.
import { PARAM_BY_ID, type LinkParams, type NumberParamSpec } from '../../workers/common/params';
import { defaultModel } from '../../workers/theory/models';
import type { CurveRequest } from '../engine/theoryClient';

export type CurveId = 'qd' | 'laser' | 'decoy' | 'plob' | 'link';

/** Points per curve: smooth enough on a wide screen, cheap enough for the worker. */
const POINTS = 100;

const numberDefault = (id: keyof LinkParams): number => (PARAM_BY_ID[id] as NumberParamSpec).default;

/** 0 km to a round distance past the current fiber (at least 150 km, at most the registry's 400 km). */
export function distanceRange(p: LinkParams): { fromKm: number; toKm: number; stepKm: number } {
  const toKm = Math.min(400, Math.max(150, Math.ceil((p.fiberLengthKm * 1.6) / 50) * 50));
  return { fromKm: 0, toKm, stepKm: toKm / POINTS };
}

/**
 * The link without Eve: every curve is for an honest channel, so the attack and where Eve sits never decide
 * whether a curve can be drawn (Eve left beyond a shortened fiber used to make every curve "not drawn").
 */
export function honestLink(p: LinkParams): LinkParams {
  return { ...p, eve: 'none', evePositionKm: 0 };
}

export function distanceCurveRequests(link: LinkParams): CurveRequest[] {
  const p = honestLink(link);
  const range = distanceRange(p);
  // The dot keeps its own g2(0) and μ when the link is a dot; otherwise the registry's quantum dot.
  const qd: LinkParams = {
    ...p,
    source: 'qd',
    decoy: 'none',
    g2Zero: p.source === 'qd' ? p.g2Zero : numberDefault('g2Zero'),
    meanPhotonNumber: p.source === 'qd' ? p.meanPhotonNumber : numberDefault('meanPhotonNumber'),
  };
  const laser: LinkParams = { ...p, source: 'wcp', decoy: 'none', g2Zero: 1, meanPhotonNumber: 0.5 };
  const decoyValid = p.signalProbability + p.decoyProbability <= 1;
  const decoy: LinkParams = {
    ...laser,
    decoy: 'vacuum-weak',
    decoyMeanPhotonNumber: Math.min(p.decoyMeanPhotonNumber, 0.1),
    signalProbability: decoyValid ? p.signalProbability : 0.8,
    decoyProbability: decoyValid ? p.decoyProbability : 0.1,
  };
  return [
    { id: 'plob', params: laser, options: { ...range, model: 'plob' } },
    { id: 'qd', params: qd, options: { ...range, model: 'gllp-sps' } },
    { id: 'laser', params: laser, options: { ...range, model: 'gllp-wcp' } },
    { id: 'decoy', params: decoy, options: { ...range, model: 'decoy-vacuum-weak' } },
    {
      id: 'link',
      params: p,
      options: { ...range, model: defaultModel(p), blockBits: p.blockSizeBits, finiteKey: 'pipeline' },
    },
  ];
}
