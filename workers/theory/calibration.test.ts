// The calibrated 120 km preset reproduces the published QBERs with the analytic model, and the fit
// function returns exactly the values stored in the preset and the registry defaults.
import { describe, expect, it } from 'vitest';
import { PARAM_BY_ID } from '../common/params';
import { PRESETS, presetParams } from '../common/presets';
import { calibrateQdTimebin, fitMeanPhotonNumber, fitVisibility, QD_TIMEBIN_120KM_TARGET } from './calibration';
import { qdGainAndQber } from './gain';

describe('calibration of qd-timebin-120km', () => {
  const p = presetParams('qd-timebin-120km');

  it('reproduces the published Z and X QBER at 120 km within 0.05 percentage points', () => {
    const g = qdGainAndQber(p, 120, p.meanPhotonNumber);
    expect(Math.abs(g.qberZ - 0.0685)).toBeLessThan(0.0005);
    expect(Math.abs(g.qberX - 0.096)).toBeLessThan(0.0005);
    expect(PRESETS['qd-timebin-120km'].publishedResults).toMatchObject({ qberZ_120km: 0.0685, qberX_120km: 0.096 });
  });

  it('fit returns the preset values and the registry defaults equal them', () => {
    const c = calibrateQdTimebin(p, QD_TIMEBIN_120KM_TARGET);
    expect(c.meanPhotonNumber).toBe(p.meanPhotonNumber);
    expect(c.interferometerVisibility).toBe(p.interferometerVisibility);
    expect(PARAM_BY_ID.meanPhotonNumber.default).toBe(p.meanPhotonNumber);
    expect(PARAM_BY_ID.interferometerVisibility.default).toBe(p.interferometerVisibility);
  });

  it('inverts the model exactly before rounding', () => {
    const mu = fitMeanPhotonNumber(p, 120, 0.0685);
    expect(qdGainAndQber(p, 120, mu).qberZ).toBeCloseTo(0.0685, 10);
    const v = fitVisibility({ ...p, meanPhotonNumber: mu }, 120, 0.096);
    expect(qdGainAndQber({ ...p, meanPhotonNumber: mu, interferometerVisibility: v }, 120, mu).qberX).toBeCloseTo(0.096, 10);
  });

  it('refuses a QBER below the intrinsic error', () => {
    expect(() => fitMeanPhotonNumber(p, 120, 0.01)).toThrow(/not reachable/);
  });
});
