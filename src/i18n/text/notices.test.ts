// The notices catalogue against the messages it replaces: for 600 seeded random links full of bad values, the
// English notice worded from the codes is exactly the URL readers' English text, and the German one names the
// parameter by its URL key (and its German label and range for a bad value) without the English frame.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PARAMS,
  PARAM_BY_ID,
  crossCheck,
  defaultParams,
  validateParams,
  type LinkParams,
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
  it('words every link issue in English exactly as the URL readers do, and in German without the English frame', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const store = createAppStore();
        loadStateFromUrl(store, `?${query}`);
        for (const n of store.getState().notices) {
          expect(n.detail).toBeDefined();
          if (!n.detail) continue;
          expect(linkNoticeText(n.detail, 'en')).toBe(n.text);
          const german = linkNoticeText(n.detail, 'de');
          expect(german).toMatch(/^Aus dem Link nicht übernommen: /);
          if (n.detail.code === 'more-issues') expect(german).toContain(`${n.detail.count} weitere Werte`);
          else
            expect(german).toContain(
              n.detail.code === 'unknown-key' || n.detail.code === 'repeated-key' ? `„${n.key}“` : `(${n.key})`,
            );
          if (n.detail.code === 'bad-value' && n.detail.issue.code !== 'unknown-parameter') {
            expect(german).toContain(paramText.de[n.detail.id].label);
            expect(german).toContain(describeParamRange(n.detail.id, 'de'));
          }
        }
      }),
      { seed: 7, numRuns: 600 },
    );
  });

  it('words every cross-parameter clash in English exactly as the registry does', () => {
    const clashing: Partial<LinkParams>[] = [
      { source: 'qd', meanPhotonNumber: 2, g2Zero: 1 },
      {
        source: 'wcp',
        decoy: 'vacuum-weak',
        signalProbability: 0.9,
        decoyProbability: 0.5,
        decoyMeanPhotonNumber: 0.9,
        meanPhotonNumber: 0.5,
      },
      { evePositionKm: 300, fiberLengthKm: 100 },
      { darkCountRateHz: 1e6, detectionWindowS: 1e-6, repetitionRateHz: 1e3 },
      { detectionWindowS: 1e-6, repetitionRateHz: 1e7 },
    ];
    let seen = 0;
    for (const p of clashing) {
      for (const issue of crossCheck({ ...defaultParams(), ...p })) {
        seen++;
        expect(describeParamIssue(issue.id, issue.detail, 'en')).toBe(issue.message);
        expect(describeParamIssue(issue.id, issue.detail, 'de')).toContain(`(${issue.id})`);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(6);
  });

  it('words single-value errors and unknown names as validateParams does, German with a decimal comma', () => {
    const { issues } = validateParams({
      fiberLengthKm: '401.5',
      blockSizeBits: 1500.5,
      eve: 'spy',
      g2Zero: 'x',
      bogus: 1,
    });
    expect(issues).toHaveLength(5);
    for (const issue of issues) expect(describeParamIssue(issue.id, issue.detail, 'en')).toBe(issue.message);
    expect(describeParamIssue(issues[0].id, issues[0].detail, 'de')).toBe(
      'Faserlänge (fiberLengthKm): 401,5 liegt außerhalb des Bereichs; erwartet wird eine Zahl von 0 bis 400 km',
    );
    expect(PARAM_BY_ID.fiberLengthKm.label).toBe(paramText.en.fiberLengthKm.label);
  });

  it('words the presenter flag issue in both languages', () => {
    const issue = presenterFromQuery('?presenter=big').issue;
    expect(issue).not.toBeNull();
    if (!issue) return;
    expect(linkNoticeText(issue.detail, 'en')).toBe(linkNotice(issue).text);
    expect(linkNoticeText(issue.detail, 'de')).toBe(
      'Aus dem Link nicht übernommen: Präsentationsansicht (presenter): „big“ ist weder ' +
        '1 noch 0; gezeigt wird die normale Ansicht.',
    );
  });
});
