// The notices catalogue: every parameter issue code has its English and German sentence (exact English, German
// without the English frame); for 600 seeded random links full of bad values each notice is worded from its code,
// in English and German, each naming the parameter by its URL key (German also its label and range).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PARAMS,
  PARAM_BY_ID,
  crossCheck,
  defaultParams,
  validateParams,
  type ParamIssue,
  type ParamIssueCode,
} from '../../../workers/common/params';
import { createAppStore } from '../../store/appState';
import { presenterFromQuery } from '../../presenter/presenterMode';
import { linkNotice, loadStateFromUrl } from '../../url/urlSync';
import { describeParamIssue, describeParamRange, linkNoticeText } from './notices';
import { paramText } from './params';

const KEYS = [
  ...PARAMS.map((p) => p.id),
  'preset',
  'seed',
  'colorProfile',
  'lesson',
  'kiosk',
  'allowLinks',
  'idleSeconds',
  'lang',
  'nonsense',
];
const RAW = [
  'NaN',
  '1e400',
  '',
  '1,5',
  '-3',
  'abc',
  '0.5',
  '2',
  '400',
  '401',
  '1e-30',
  'true',
  'de',
  'xx',
  '99999999999',
  'qd',
  'projector',
];
const queryArb = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...RAW), fc.double().map(String))), {
    maxLength: 6,
  })
  .map((pairs) => new URLSearchParams(pairs).toString());

describe('notice text from codes', () => {
  it('words every link issue from its code in English and in German, each naming its key', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const store = createAppStore();
        loadStateFromUrl(store, `?${query}`);
        for (const n of store.getState().notices) {
          const english = linkNoticeText(n.detail, 'en');
          expect(english).toMatch(/^Not used from the link: .+\.$/);
          if (n.detail.code === 'more-issues') expect(english).toContain(`${n.detail.count} more values`);
          else
            expect(english).toContain(
              n.detail.code === 'unknown-key' || n.detail.code === 'repeated-key' ? `"${n.key}"` : `(${n.key})`,
            );
          const german = linkNoticeText(n.detail, 'de');
          expect(german).toMatch(/^Aus dem Link nicht übernommen: /);
          if (n.detail.code === 'more-issues') expect(german).toContain(`${n.detail.count} weitere Werte`);
          else
            expect(german).toContain(
              n.detail.code === 'unknown-key' || n.detail.code === 'repeated-key' ? `„${n.key}“` : `(${n.key})`,
            );
          if (n.detail.code === 'bad-value') {
            expect(german).toContain(paramText.de[n.detail.id].label);
            expect(german).toContain(describeParamRange(n.detail.id, 'de'));
          }
        }
      }),
      { seed: 7, numRuns: 600 },
    );
  });

  it('words every issue code in English and German; every code has its own sentence', () => {
    const eveOptions = PARAM_BY_ID.eve.kind === 'choice' ? PARAM_BY_ID.eve.options.map((o) => o.value) : [];
    // One issue of each code (a new code fails the type check here until it has a case), with its English.
    const cases: { [C in ParamIssueCode]: [Extract<ParamIssue, { code: C }>, string] } = {
      'unknown-parameter': [{ code: 'unknown-parameter', param: 'bogus' }, 'Unknown parameter "bogus"'],
      'not-an-option': [
        { code: 'not-an-option', param: 'eve', raw: 'spy' },
        `Eavesdropper (eve): "spy" is not an option; expected one of ${eveOptions.join(', ')}`,
      ],
      'not-a-number': [
        { code: 'not-a-number', param: 'g2Zero', raw: 'x' },
        'g2(0) (g2Zero): "x" is not a number; expected a number from 0 to 1',
      ],
      'not-finite': [
        { code: 'not-finite', param: 'meanPhotonNumber', value: Infinity },
        'Mean photon number (meanPhotonNumber): Infinity is not a finite number; expected a number from ' +
          '0.00001 to 2 photons/pulse',
      ],
      'out-of-range': [
        { code: 'out-of-range', param: 'fiberLengthKm', value: 401.5, min: 0, max: 400 },
        'Fiber length (fiberLengthKm): 401.5 is out of range; expected a number from 0 to 400 km',
      ],
      'not-whole': [
        { code: 'not-whole', param: 'blockSizeBits', value: 1500.5 },
        'Block size (blockSizeBits): 1500.5 is not a whole number; expected a number from 1000 to 10000000 ' +
          'bits (whole number)',
      ],
      'qd-photon-distribution': [
        { code: 'qd-photon-distribution', param: 'meanPhotonNumber', meanPhotonNumber: 2, g2Zero: 1 },
        'Mean photon number (meanPhotonNumber) 2 with g2(0) 1 gives no valid photon-number distribution for a ' +
          'quantum dot (need p1 = μ − g2·μ² ≥ 0 and p1 + p2 ≤ 1, i.e. μ ≤ 1 for small g2)',
      ],
      'decoy-probabilities': [
        { code: 'decoy-probabilities', param: 'decoyProbability', decoyProbability: 0.5, signalProbability: 0.9 },
        'Decoy probability (decoyProbability) 0.5 plus signal probability 0.9 exceeds 1',
      ],
      'decoy-not-below-signal': [
        {
          code: 'decoy-not-below-signal',
          param: 'decoyMeanPhotonNumber',
          decoyMeanPhotonNumber: 0.9,
          meanPhotonNumber: 0.5,
        },
        "Decoy mean photon number (decoyMeanPhotonNumber) 0.9 must be below the signal's 0.5",
      ],
      'eve-beyond-fiber': [
        { code: 'eve-beyond-fiber', param: 'evePositionKm', evePositionKm: 300, fiberLengthKm: 100 },
        "Eve's position (evePositionKm) 300 km is beyond the end of the 100 km fiber; expected 0 to 100 km",
      ],
      'dark-clicks-per-pulse': [
        { code: 'dark-clicks-per-pulse', param: 'darkCountRateHz', darkClicksPerPulse: 1 },
        'Dark count rate (darkCountRateHz) × detection window gives 1.00 dark clicks per pulse; at most 0.5 is allowed',
      ],
      'window-longer-than-period': [
        {
          code: 'window-longer-than-period',
          param: 'detectionWindowS',
          detectionWindowS: 1e-6,
          repetitionRateHz: 1e7,
        },
        'Detection window (detectionWindowS) 0.000001 s is longer than the pulse period 1/10000000 Hz',
      ],
    };
    const englishFrame = /\b(is not|expected|out of range|exceeds|must be|beyond|gives|allowed|Unknown)\b/;
    for (const [issue, english] of Object.values(cases)) {
      expect(describeParamIssue(issue, 'en')).toBe(english);
      const german = describeParamIssue(issue, 'de');
      expect(german, issue.code).not.toMatch(englishFrame);
      expect(german, issue.code).toContain(issue.code === 'unknown-parameter' ? '„bogus“' : `(${issue.param})`);
    }
    expect(describeParamIssue(cases['out-of-range'][0], 'de')).toBe(
      'Faserlänge (fiberLengthKm): 401,5 liegt außerhalb des Bereichs; erwartet wird eine Zahl von 0 bis 400 km',
    );
  });

  it('words the issues validateParams and crossCheck really make (they are the codes worded above)', () => {
    const { issues } = validateParams({ fiberLengthKm: '401.5', blockSizeBits: 1500.5, eve: 'spy', bogus: 1 });
    expect(issues.map((i) => describeParamIssue(i, 'en'))).toEqual([
      'Fiber length (fiberLengthKm): 401.5 is out of range; expected a number from 0 to 400 km',
      'Block size (blockSizeBits): 1500.5 is not a whole number; expected a number from 1000 to 10000000 ' +
        'bits (whole number)',
      expect.stringMatching(/^Eavesdropper \(eve\): "spy" is not an option; expected one of none, /),
      'Unknown parameter "bogus"',
    ]);
    const clash = crossCheck({ ...defaultParams(), evePositionKm: 300, fiberLengthKm: 100 });
    expect(clash.map((i) => describeParamIssue(i, 'de'))).toEqual([
      'Eves Position (evePositionKm) 300 km liegt hinter dem Ende der 100 km langen Faser; erwartet wird ' +
        'eine Zahl von 0 bis 100 km',
    ]);
    expect(PARAM_BY_ID.fiberLengthKm.label).toBe(paramText.en.fiberLengthKm.label);
  });

  it('words the presenter flag issue in both languages', () => {
    const issue = presenterFromQuery('?presenter=big').issue;
    expect(issue).not.toBeNull();
    if (!issue) return;
    expect(linkNotice(issue)).toEqual({ key: 'presenter', detail: issue.detail });
    expect(linkNoticeText(issue.detail, 'en')).toBe(
      'Not used from the link: Presenter view (presenter): "big" is not 1 or 0; showing the normal view.',
    );
    expect(linkNoticeText(issue.detail, 'de')).toBe(
      'Aus dem Link nicht übernommen: Präsentationsansicht (presenter): „big“ ist weder ' +
        '1 noch 0; gezeigt wird die normale Ansicht.',
    );
  });
});
