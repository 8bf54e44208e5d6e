// Tests of the readout and control formatting helpers.
import { describe, expect, it } from 'vitest';
import {
  formatBitRate,
  formatCount,
  formatDuration,
  formatParamValue,
  formatPercent,
  formatSi,
  formatSignificant,
  readTypedNumber,
  setNumberLocale,
} from './formatNumber';
import { PARAM_BY_ID, type NumberParamSpec } from '../../workers/common/params';

const spec = (id: string) => PARAM_BY_ID[id as keyof typeof PARAM_BY_ID] as NumberParamSpec;

describe('formatNumber', () => {
  it('keeps three significant digits without trailing zeros', () => {
    expect(formatSignificant(1.5)).toBe('1.5');
    expect(formatSignificant(0.0685)).toBe('0.0685');
    expect(formatSignificant(123456)).toBe('123000');
    expect(formatSignificant(6.7e-5)).toBe('6.7×10⁻⁵');
    expect(formatSignificant(0)).toBe('0');
    expect(formatSignificant(Number.NaN)).toBe('—');
  });

  it('uses SI prefixes and rounds across prefix boundaries', () => {
    expect(formatSi(75.947e6, 'Hz')).toBe('75.9 MHz');
    expect(formatSi(2e-8, 's')).toBe('20 ns');
    expect(formatSi(999_960, 'Hz')).toBe('1 MHz');
    expect(formatSi(0, 'Hz')).toBe('0 Hz');
    expect(formatSi(100, 'Hz')).toBe('100 Hz');
    expect(formatSi(1e-9, 's')).toBe('1 ns');
  });

  it('formats percentages, counts, durations and rates', () => {
    expect(formatPercent(0.0685)).toBe('6.85 %');
    expect(formatPercent(0.25)).toBe('25 %');
    expect(formatCount(1234567)).toBe('1\u202f234\u202f567');
    expect(formatCount(12)).toBe('12');
    expect(formatDuration(0.25)).toBe('250 ms');
    expect(formatDuration(12.5)).toBe('12.5 s');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(7500)).toBe('2 h 05 min');
    expect(formatBitRate(1234)).toBe('1.23 kbit/s');
  });

  it('formats registry values with their units', () => {
    expect(formatParamValue(spec('fiberLengthKm'), 120)).toBe('120 km');
    expect(formatParamValue(spec('detectorEfficiency'), 0.74)).toBe('74 %');
    expect(formatParamValue(spec('repetitionRateHz'), 75.947e6)).toBe('75.9 MHz');
    expect(formatParamValue(spec('g2Zero'), 0.0085)).toBe('0.0085');
    expect(formatParamValue(spec('meanPhotonNumber'), 6.7e-4)).toBe('0.00067 photons/pulse');
    expect(formatParamValue(spec('fiberLossDbPerKm'), 0.1956)).toBe('0.1956 dB/km');
  });

  it('reads a typed decimal comma only where the page writes one, and digit groups with spaces', () => {
    expect(readTypedNumber(' 6.85 ')).toBe('6.85');
    expect(readTypedNumber('6,85')).toBe('6,85');
    expect(readTypedNumber('1 000 000')).toBe('1000000');
    setNumberLocale('de');
    try {
      expect(Number(readTypedNumber('6,85'))).toBe(6.85);
      expect(Number(readTypedNumber('6.85'))).toBe(6.85);
      expect(Number(readTypedNumber('-,5'))).toBe(-0.5);
      expect(Number(readTypedNumber('1,2,3'))).toBeNaN();
    } finally {
      setNumberLocale('en');
    }
  });

  it('writes a registry unit in the words it is given', () => {
    expect(formatParamValue(spec('meanPhotonNumber'), 0.5, 'Photonen/Puls')).toBe('0.5 Photonen/Puls');
  });
});
