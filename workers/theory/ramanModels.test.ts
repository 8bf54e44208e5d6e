// Raman noise in every analytic key-rate model: GLLP, the decoy bounds and the Lim et al. finite-key decoy rate lose
// key as the classical launch power grows and get today's rate back as it goes to −∞; the pipeline's expected block
// reads the noise at the distance asked; lesson 4's recipe and `npm run keyrate` show the key dying.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultParams, type LinkParams } from '../common/params';
import { QBER_THRESHOLD } from '../common/thresholds';
import { expectedStatistics } from '../photon/expected';
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

describe('lesson 4: how much classical power can share this fiber before the key dies?', () => {
  // The lesson's recipe (src/lessons): 25 km, 10 Hz dark counts, data in the same direction, −40 dBm then +10 dB.
  const lesson = (dbm: number): LinkParams => ({
    ...classical({ ...qd, eve: 'none', fiberLengthKm: 25, darkCountRateHz: 10 }, dbm),
  });

  it('the QBER stays below 11 % at −40 dBm and passes it at −30 dBm; the key dies in between', () => {
    expect(expectedStatistics(lesson(-40)).qberZ).toBeLessThan(QBER_THRESHOLD);
    expect(expectedStatistics(lesson(-30)).qberZ).toBeGreaterThan(QBER_THRESHOLD);
    expect(keyRateAt(lesson(-40), 25).bitsPerPulse).toBeGreaterThan(0);
    expect(keyRateAt(lesson(-30), 25).bitsPerPulse).toBe(0);
  });

  it('`npm run keyrate -- --classical-launch-power-dbm −40 …` reports the drop', () => {
    const r = spawnSync(
      'npx',
      ['tsx', 'cli/keyrate.ts', '--fiber-length-km', '25', '--dark-count-rate-hz', '10'].concat(
        ['--classical-channel', 'co-propagating', '--classical-launch-power-dbm', '-40'],
        ['--from', '25', '--to', '25', '--step', '1', '--json'],
      ),
      { cwd: new URL('../..', import.meta.url).pathname, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status).toBe(0);
    const [point] = JSON.parse(r.stdout) as { bitsPerPulse: number; qber: number }[];
    const off = keyRateAt({ ...lesson(-40), classicalChannel: 'off' }, 25);
    expect(point.bitsPerPulse).toBeCloseTo(keyRateAt(lesson(-40), 25).bitsPerPulse, 12);
    expect(point.bitsPerPulse).toBeLessThan(0.6 * off.bitsPerPulse);
    expect(point.qber).toBeGreaterThan(2 * off.qber);
  });
});
