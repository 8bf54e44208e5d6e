// The calibrated 120 km preset reproduces the published QBERs with the analytic model, and the fit
// function returns exactly the values stored in the preset and the registry defaults.
import { describe, expect, it } from 'vitest';
import { PARAM_BY_ID } from '../common/params';
import { PRESETS, presetParams } from '../common/presets';
import { calibrateQdTimebin, fitMeanPhotonNumber, fitVisibility, QD_TIMEBIN_120KM_TARGET } from './calibration';
import { expectedStatistics } from '../photon/expected';
import { qdGainAndQber } from './gain';

describe('calibration of qd-timebin-120km', () => {
  const p = presetParams('qd-timebin-120km');

  it('reproduces the published Z and X QBER at 120 km within 0.05 percentage points', () => {
    // The photon model's own expectation: X counts only the central slot of Bob's interferometer (side peaks).
    const g = expectedStatistics(p);
    expect(Math.abs(g.qberZ - 0.0685)).toBeLessThan(0.0005);
    expect(Math.abs(g.qberX - 0.096)).toBeLessThan(0.0005);
    // The analytic layer counts the same central-slot X bits (side peaks) as the photon model.
    expect(qdGainAndQber(p, 120, p.meanPhotonNumber).qberX).toBeCloseTo(g.qberX, 4);
    expect(PRESETS['qd-timebin-120km'].publishedResults.qberZ.value).toBe(0.0685);
    expect(PRESETS['qd-timebin-120km'].publishedResults.qberX.value).toBe(0.096);
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
    // The photon model also books double clicks.
    const e = expectedStatistics({ ...p, meanPhotonNumber: mu, interferometerVisibility: v });
    expect(e.qberX).toBeCloseTo(0.096, 5);
  });

  it('refuses a QBER below the intrinsic error', () => {
    expect(() => fitMeanPhotonNumber(p, 120, 0.01)).toThrow(/not reachable/);
  });
});
