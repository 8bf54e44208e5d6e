// A published coexistence figure reproduced with the paper's own parameters: the Raman noise Kumar, Qin & Alléaume
// (New J. Phys. 17, 043027 (2015)) print for one classical channel at 0 dBm over 25 km, from raman.ts's closed forms.
import { describe, expect, it } from 'vitest';
import { attenuationPerKm as perKm } from '../common/photonStats';
import { backwardRamanW, dbmToWatts, forwardRamanW, photonEnergyJ } from './raman';

const LIGHT = 299792458;

/**
 * Kumar et al.'s setting: one C-band channel launched at 0 dBm, 25 km of fiber at 0.2 dB/km for both wavelengths,
 * their worst-case C-band Raman coefficient ρ = 3 × 10⁻⁹ /(km·nm), the quantum channel at 1531.12 nm and a 0.5 dB
 * demultiplexer in front of Bob.
 */
const PAPER = {
  launchDbm: 0,
  lengthKm: 25,
  lossDbPerKm: 0.2,
  rhoPerKmNm: 3e-9,
  quantumNm: 1531.12,
  demuxDb: 0.5,
  /** Their excess noise at Bob from Raman light, ξ = 2⟨N⟩ in shot-noise units, to the two digits printed. */
  forwardSnu: 1.3e-3,
  backwardSnu: 1.6e-3,
};

/**
 * Raman power (W) in a filter Δλ wide → ξ = 2⟨N⟩ at Bob, the photons per temporal-spectral mode of both
 * polarisations: P / (hν · cΔλ/λ²) (their local oscillator selects one polarisation, ⟨N⟩ = half of that, and ξ is
 * twice ⟨N⟩), times the demultiplexer's transmission. Δλ cancels: both forms are linear in it.
 */
function excessNoiseSnu(ramanW: number, filterNm: number): number {
  const bandwidthHz = (LIGHT * filterNm * 1e-9) / (PAPER.quantumNm * 1e-9) ** 2;
  return (ramanW / (photonEnergyJ(PAPER.quantumNm) * bandwidthHz)) * 10 ** (-PAPER.demuxDb / 10);
}

describe('Raman noise as published (Kumar, Qin & Alléaume 2015)', () => {
  const P = dbmToWatts(PAPER.launchDbm),
    a = perKm(PAPER.lossDbPerKm),
    L = PAPER.lengthKm,
    rho = PAPER.rhoPerKmNm;

  it('forward (same direction) 1.3 × 10⁻³ SNU within the printed digit (±0.05 × 10⁻³)', () => {
    const xi = excessNoiseSnu(forwardRamanW(P, rho, 0.1, L, a, a), 0.1);
    expect(xi).toBeCloseTo(1.274e-3, 6);
    expect(Math.abs(xi - PAPER.forwardSnu)).toBeLessThanOrEqual(0.05e-3);
  });

  it('backward (opposite direction) 1.6 × 10⁻³ SNU within the printed digit (±0.05 × 10⁻³)', () => {
    const xi = excessNoiseSnu(backwardRamanW(P, rho, 0.1, L, a, a), 0.1);
    expect(xi).toBeCloseTo(1.575e-3, 6);
    expect(Math.abs(xi - PAPER.backwardSnu)).toBeLessThanOrEqual(0.05e-3);
  });

  it('the filter width cancels, and a misplaced factor (e^(−αL) twice, or 1/α for 1/(2α)) would miss', () => {
    const f = (dl: number) => excessNoiseSnu(forwardRamanW(P, rho, dl, L, a, a), dl);
    expect(f(0.8) / f(0.1)).toBeCloseTo(1, 12);
    // The tolerance is tight enough to tell the right forms from near misses.
    const wrongForward = excessNoiseSnu(P * rho * 0.1 * L * Math.exp(-2 * a * L), 0.1);
    const wrongBackward = excessNoiseSnu((P * rho * 0.1 * -Math.expm1(-2 * a * L)) / a, 0.1);
    expect(Math.abs(wrongForward - PAPER.forwardSnu)).toBeGreaterThan(0.05e-3);
    expect(Math.abs(wrongBackward - PAPER.backwardSnu)).toBeGreaterThan(0.05e-3);
  });
});
