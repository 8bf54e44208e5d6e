// The CLIs' English for the registry's parameter issues: one line per issue, naming the flag, e.g.
// "--fiber-length-km: 500 is out of range; expected a number from 0 to 400 km". The cores hold only the codes.
import { PARAM_BY_ID, toKebab, type ParamIssue, type ParamSpec, type ValueIssue } from '../workers/common/params';
import { describeParamRange } from '../src/i18n/text/notices';

/** A parameter's allowed values in English, worded by the app's English catalogue: "a number from 0 to 400 km". */
export function describeRange(spec: ParamSpec): string {
  return describeParamRange(spec.id, 'en');
}

/** Why one value was refused, without the flag or the range: '"abc" is not a number'. */
export function valueIssueWhy(issue: ValueIssue): string {
  switch (issue.code) {
    case 'not-an-option':
      return `"${issue.raw}" is not an option`;
    case 'not-a-number':
      return `"${issue.raw}" is not a number`;
    case 'not-finite':
      return `${issue.value} is not a finite number`;
    case 'out-of-range':
      return `${issue.value} is out of range`;
    case 'not-whole':
      return `${issue.value} is not a whole number`;
  }
}

/** An issue as an English sentence; a value issue as "why; expected range" (the flag names the parameter). */
export function paramIssueWords(issue: ParamIssue): string {
  switch (issue.code) {
    case 'unknown-parameter':
      return `Unknown parameter "${issue.param}"`;
    case 'not-an-option':
    case 'not-a-number':
    case 'not-finite':
    case 'out-of-range':
    case 'not-whole':
      return `${valueIssueWhy(issue)}; expected ${describeRange(PARAM_BY_ID[issue.param])}`;
    case 'qd-photon-distribution':
      return (
        `Mean photon number (meanPhotonNumber) ${issue.meanPhotonNumber} with g2(0) ${issue.g2Zero} ` +
        `gives no valid photon-number distribution for a quantum dot (need p1 = μ − g2·μ² ` +
        `≥ 0 and p1 + p2 ≤ 1, i.e. μ ≤ 1 for small g2)`
      );
    case 'decoy-probabilities':
      return (
        `Decoy probability (decoyProbability) ${issue.decoyProbability} plus signal probability ` +
        `${issue.signalProbability} exceeds 1`
      );
    case 'decoy-not-below-signal':
      return (
        `Decoy mean photon number (decoyMeanPhotonNumber) ${issue.decoyMeanPhotonNumber} must ` +
        `be below the signal's ${issue.meanPhotonNumber}`
      );
    case 'eve-beyond-fiber':
      return (
        `Eve's position (evePositionKm) ${issue.evePositionKm} km is beyond the end of the ${issue.fiberLengthKm} ` +
        `km fiber; expected 0 to ${issue.fiberLengthKm} km`
      );
    case 'dark-clicks-per-pulse':
      return (
        `Dark count rate (darkCountRateHz) × detection window gives ${issue.darkClicksPerPulse.toPrecision(3)} ` +
        `dark clicks per pulse; at most 0.5 is allowed`
      );
    case 'window-longer-than-period':
      return (
        `Detection window (detectionWindowS) ${issue.detectionWindowS} s is longer than the pulse ` +
        `period 1/${issue.repetitionRateHz} Hz`
      );
  }
}

/** The CLI's line for an issue: the flag as typed (or the parameter's kebab flag), then the issue's words. */
export function flagIssueLine(issue: ParamIssue, flag: string = toKebab(issue.param)): string {
  return `--${flag}: ${paramIssueWords(issue)}`;
}
