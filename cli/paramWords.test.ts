// The CLIs' English for parameter issues: every code has its line (a new code fails the type check here), the
// lines are the ones the CLIs always printed, and real issues from the registry come out worded, never as codes.
import { describe, expect, it } from 'vitest';
import {
  PARAM_BY_ID,
  crossCheck,
  defaultParams,
  parseParamValue,
  type ParamIssue,
  type ParamIssueCode,
} from '../workers/common/params';
import { flagIssueLine, paramIssueWords } from './paramWords';

const eveOptions = PARAM_BY_ID.eve.kind === 'choice' ? PARAM_BY_ID.eve.options.map((o) => o.value).join(', ') : '';

/** One issue of each code with the CLI line it gives. */
const CASES: { [C in ParamIssueCode]: [Extract<ParamIssue, { code: C }>, string] } = {
  'unknown-parameter': [{ code: 'unknown-parameter', param: 'bogus' }, '--bogus: Unknown parameter "bogus"'],
  'not-an-option': [
    { code: 'not-an-option', param: 'eve', raw: 'spy' },
    `--eve: "spy" is not an option; expected one of ${eveOptions}`,
  ],
  'not-a-number': [
    { code: 'not-a-number', param: 'g2Zero', raw: 'x' },
    '--g2-zero: "x" is not a number; expected a number from 0 to 1',
  ],
  'not-finite': [
    { code: 'not-finite', param: 'meanPhotonNumber', value: Infinity },
    '--mean-photon-number: Infinity is not a finite number; expected a number from 0.00001 to 2 photons/pulse',
  ],
  'out-of-range': [
    { code: 'out-of-range', param: 'fiberLengthKm', value: 500, min: 0, max: 400 },
    '--fiber-length-km: 500 is out of range; expected a number from 0 to 400 km',
  ],
  'not-whole': [
    { code: 'not-whole', param: 'blockSizeBits', value: 1500.5 },
    '--block-size-bits: 1500.5 is not a whole number; expected a number from 1000 to 10000000 bits (whole number)',
  ],
  'qd-photon-distribution': [
    { code: 'qd-photon-distribution', param: 'meanPhotonNumber', meanPhotonNumber: 2, g2Zero: 1 },
    '--mean-photon-number: Mean photon number (meanPhotonNumber) 2 with g2(0) 1 gives no valid photon-number ' +
      'distribution for a quantum dot (need p1 = μ − g2·μ² ≥ 0 and p1 + p2 ≤ 1, i.e. μ ≤ 1 for small g2)',
  ],
  'decoy-probabilities': [
    { code: 'decoy-probabilities', param: 'decoyProbability', decoyProbability: 0.5, signalProbability: 0.9 },
    '--decoy-probability: Decoy probability (decoyProbability) 0.5 plus signal probability 0.9 exceeds 1',
  ],
  'decoy-not-below-signal': [
    {
      code: 'decoy-not-below-signal',
      param: 'decoyMeanPhotonNumber',
      decoyMeanPhotonNumber: 0.9,
      meanPhotonNumber: 0.5,
    },
    "--decoy-mean-photon-number: Decoy mean photon number (decoyMeanPhotonNumber) 0.9 must be below the signal's 0.5",
  ],
  'eve-beyond-fiber': [
    { code: 'eve-beyond-fiber', param: 'evePositionKm', evePositionKm: 300, fiberLengthKm: 100 },
    "--eve-position-km: Eve's position (evePositionKm) 300 km is beyond the end of the 100 km fiber; " +
      'expected 0 to 100 km',
  ],
  'dark-clicks-per-pulse': [
    { code: 'dark-clicks-per-pulse', param: 'darkCountRateHz', darkClicksPerPulse: 1 },
    '--dark-count-rate-hz: Dark count rate (darkCountRateHz) × detection window gives 1.00 dark clicks per ' +
      'pulse; at most 0.5 is allowed',
  ],
  'window-longer-than-period': [
    { code: 'window-longer-than-period', param: 'detectionWindowS', detectionWindowS: 1e-6, repetitionRateHz: 1e7 },
    '--detection-window-s: Detection window (detectionWindowS) 0.000001 s is longer than the pulse period ' +
      '1/10000000 Hz',
  ],
};

describe('CLI words for parameter issues', () => {
  it('gives every code its own line', () => {
    for (const [issue, line] of Object.values(CASES)) expect(flagIssueLine(issue)).toBe(line);
    const words = Object.values(CASES).map(([issue]) => paramIssueWords(issue));
    expect(new Set(words).size).toBe(words.length);
  });

  it('names the flag as typed (an alias) for a value, and words what the registry really finds', () => {
    const r = parseParamValue('fiberLengthKm', '500');
    if (!('error' in r)) throw new Error('500 km was accepted');
    expect(flagIssueLine(r.error, 'distance-km')).toBe(
      '--distance-km: 500 is out of range; expected a number from 0 to 400 km',
    );
    const [clash] = crossCheck({ ...defaultParams(), evePositionKm: 300, fiberLengthKm: 100 });
    expect(flagIssueLine(clash)).toBe(CASES['eve-beyond-fiber'][1]);
  });
});
