// Raman noise in every analytic key-rate model: GLLP, the decoy bounds and the Lim et al. finite-key decoy rate lose
// key as the classical launch power grows and get today's rate back as it goes to −∞; the pipeline's expected block
// reads the noise at the distance asked, not at the link's own fiber length.
import { describe, expect, it } from 'vitest';
import { defaultParams, type LinkParams } from '../common/params';
import { vacuumYield } from './channel';
import { keyRateAt } from './keyRateCurve';
import type { KeyRateModel } from './models';
import { expectedBlockStats, pipelineKeyRate } from './pipelineRate';

const qd = defaultParams();
const wcp: LinkParams = {
  ...qd,
  source: 'wcp',
  decoy: 'vacuum-weak',
  meanPhotonNumber: 0.5,
  decoyMeanPhotonNumber: 0.1,
  signalProbability: 0.7,
  decoyProbability: 0.2,
};
const classical = (p: LinkParams, dbm: number): LinkParams => ({
  ...p,
  classicalChannel: 'co-propagating',
  classicalLaunchPowerDbm: dbm,
});

const CASES: [KeyRateModel, LinkParams, number][] = [
  ['gllp-sps', qd, 60],
  ['gllp-wcp', wcp, 20],
  ['decoy-vacuum-weak', wcp, 40],
  ['decoy-infinite', wcp, 40],
  ['decoy-finite', wcp, 40],
];

describe('every key-rate model includes the Raman noise', () => {
  for (const [model, p, km] of CASES) {
    it(`${model} at ${km} km: −∞ dBm gives today's rate, −30 dBm less, −5 dBm none`, () => {
      const rate = (q: LinkParams) => keyRateAt(q, km, { model }).bitsPerPulse;
      const today = rate(p);
      expect(today).toBeGreaterThan(0);
      expect(rate(classical(p, -150)) / today).toBeCloseTo(1, 6);
      expect(rate(classical(p, -30))).toBeLessThan(today * 0.98);
      expect(rate(classical(p, -5))).toBe(0);
    });
  }

  it('the pipeline’s expected block reads Y0 at the distance asked, whatever the link’s own fiber length', () => {
    // The 120 km preset (three-state time-bin: its central-slot X counts use Y0 directly) asked about 40 km.
    const at = (ownKm: number) => expectedBlockStats({ ...classical(qd, -55), fiberLengthKm: ownKm }, 40);
    expect(vacuumYield(classical(qd, -55), 40) / vacuumYield(classical(qd, -55), 120)).toBeGreaterThan(1.5);
    expect(at(120).qberX).toBeCloseTo(at(40).qberX, 12);
    expect(at(120).stats.testByClass.errors[0]).toBeCloseTo(at(40).stats.testByClass.errors[0], 6);
    expect(pipelineKeyRate(classical(qd, -55), 40, 1.16).qberX).toBeCloseTo(at(40).qberX, 12);
  });
});
