// The run catalogue: abort reasons of real aborted blocks worded from the distiller's codes and numbers, worker
// faults worded from their codes (text thrown inside a worker kept apart as a technical detail), the long-run block
// list in every language, and the German forms carry the numbers with a decimal comma.
import { describe, expect, it } from 'vitest';
import { crossCheck, defaultParams } from '../../../workers/common/params';
import { Distiller } from '../../../workers/distill/Distiller';
import { SyntheticDetections } from '../../../workers/distill/syntheticDetections';
import { describeAbort, describeRunFault, describeWorkerStop } from './run';
import { longRunText } from './longrun';
import type { AbortReason } from '../../../workers/common/reports';
import { LOCALES } from '../locale';

describe('run text from codes', () => {
  it('words real aborts (QBER 25 % and too few bits) from their numbers, in English and German', () => {
    const params = { ...defaultParams(), blockSizeBits: 20000, meanPhotonNumber: 0.5 };
    const distil = (clicks: number) => {
      const src = new SyntheticDetections(
        { pZ: 0.5, qberZ: 0.25, qberX: 0.25, interceptFraction: 0, pulsesPerClick: 100 },
        3,
      );
      const d = new Distiller(params, 13);
      return [...d.push(src.batch(clicks)), ...d.finish()];
    };
    // 60 000 clicks fill full blocks (QBER abort); 300 clicks leave only a remainder too small to distil.
    const aborted = [...distil(60000), ...distil(300)].filter((r) => r.aborted);
    expect(new Set(aborted.map((r) => r.abortReason))).toEqual(new Set(['qber-above-threshold', 'too-few-bits']));
    for (const r of aborted) {
      expect(r.abortDetail).not.toBeNull();
      if (!r.abortDetail) continue;
      const d = r.abortDetail;
      const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
      expect(describeAbort(d, 'en')).toBe(
        d.reason === 'too-few-bits'
          ? `too few bits to distil: ${d.keyBits} key bits and ${d.testBits} test bits ` +
              `(need ${d.minKeyBits} and ${d.minTestBits})`
          : d.reason === 'qber-above-threshold'
            ? `possible eavesdropper: key discarded (phase-error bound ${pct(d.phaseErrorBound)} with ` +
              `${pct(d.testBitErrorRate)} test-bit errors leaves no secret key; BB84 tolerates about ` +
              `${pct(d.threshold)} when both are equal)`
            : 'not an abort this test makes',
      );
      const german = describeAbort(r.abortDetail, 'de');
      expect(german).not.toMatch(/\d\.\d/);
      expect(german).toMatch(
        r.abortReason === 'too-few-bits'
          ? /^zu wenige Bits/
          : /^möglicher Lauscher: Schlüssel verworfen \(die Schranke \d+,\d\u00a0%/,
      );
    }
  });

  it('words the other aborts in both languages', () => {
    expect(describeAbort({ reason: 'verification-failed' }, 'en')).toBe(
      'keys still differ after error correction (hash tags disagree): block discarded',
    );
    expect(describeAbort({ reason: 'key-length-not-positive', bitsLeft: -12, leakBits: 400 }, 'en')).toBe(
      'no secret key: the finite-size bound leaves -12 bits after error correction (400 ' +
        'bits leaked) and the security margin',
    );
    expect(describeAbort({ reason: 'key-length-not-positive', bitsLeft: -12, leakBits: 400 }, 'de')).toContain(
      '400 Bits offengelegt',
    );
  });

  it('words a stopped worker of every kind for every cause, and in German', () => {
    for (const [cause, why] of [
      [{ kind: 'no-answer', seconds: 30 }, 'no answer for 30 s'],
      [{ kind: 'unreadable-message' }, 'a message could not be read'],
      [{ kind: 'error', text: '' }, 'script error'],
    ] as const) {
      for (const [worker, name] of [
        ['photon', 'photon simulation'],
        ['distill', 'key distillation'],
        ['long-run-photon', 'long-run photon simulation'],
      ] as const) {
        const text = `the ${name} worker stopped (${why})`;
        expect(describeWorkerStop(worker, cause, 'en')).toEqual({ text, detail: null });
        expect(describeRunFault({ code: 'worker-stopped', worker, cause }, 'en')).toEqual({
          text: `The simulation stopped: ${text}`,
          detail: null,
        });
        expect(describeWorkerStop(worker, cause, 'de').text).toMatch(/^der Worker „[^“]+“ ist ausgefallen \(.+\)$/);
      }
    }
    expect(
      describeRunFault({ code: 'worker-stopped', worker: 'photon', cause: { kind: 'no-answer', seconds: 30 } }, 'de'),
    ).toEqual({
      text:
        'Die Simulation wurde angehalten: der Worker „Photonensimulation“ ist ausgefallen ' +
        '(keine Antwort seit 30 s)',
      detail: null,
    });
    expect(describeRunFault({ code: 'no-worker-free' }, 'en').text).toBe('Cannot start: no simulation worker is free');
  });

  it(
    'says why a run cannot start when Eve sits beyond the fiber, naming the parameter ' +
      'and its range in both languages',
    () => {
      const clash = crossCheck({ ...defaultParams(), eve: 'intercept-resend', evePositionKm: 50, fiberLengthKm: 20.5 });
      const fault = { code: 'cannot-start-clash', issues: clash } as const;
      expect(describeRunFault(fault, 'en')).toEqual({
        text:
          "Cannot start: Eve's position (evePositionKm) 50 km is beyond the end of the 20.5 " +
          'km fiber; expected 0 to 20.5 km',
        detail: null,
      });
      expect(describeRunFault(fault, 'de')).toEqual({
        text:
          'Start nicht möglich: Eves Position (evePositionKm) 50 km liegt hinter dem Ende ' +
          'der 20,5 km langen Faser; erwartet wird eine Zahl von 0 bis 20,5 km',
        detail: null,
      });
    },
  );

  it('keeps the text thrown inside a worker out of the sentence, as a technical detail, in both languages', () => {
    const thrown = 'Uncaught RangeError: the pulse index is out of range';
    const crash = {
      code: 'worker-stopped',
      worker: 'photon',
      cause: { kind: 'error', text: thrown },
    } as const;
    expect(describeRunFault(crash, 'en')).toEqual({
      text: 'The simulation stopped: the photon simulation worker stopped (script error)',
      detail: thrown,
    });
    expect(describeRunFault(crash, 'de')).toEqual({
      text: 'Die Simulation wurde angehalten: der Worker „Photonensimulation“ ist ausgefallen (Skriptfehler)',
      detail: thrown,
    });
    // A worker call that rejected (not a dead worker): a framing sentence in the language, the error's text apart.
    const rejected = { code: 'error', text: 'Fiber length (fiberLengthKm): broken' } as const;
    expect(describeRunFault(rejected, 'de')).toEqual({
      text: 'Die Simulation wurde angehalten: ein unerwarteter Fehler in einem Worker',
      detail: rejected.text,
    });
    expect(describeRunFault(rejected, 'en')).toEqual({
      text: 'The simulation stopped: an unexpected error in a worker',
      detail: rejected.text,
    });
    expect(describeRunFault({ code: 'error', text: '' }, 'de').detail).toBeNull();
  });

  it('words the long-run block list from the abort code in every language, English included', () => {
    const reasons: Record<AbortReason, true> = {
      'qber-above-threshold': true,
      'key-length-not-positive': true,
      'too-few-bits': true,
      'verification-failed': true,
    };
    for (const locale of LOCALES) {
      const said = [...(Object.keys(reasons) as AbortReason[]), null].map((reason) =>
        longRunText[locale].abortWhy({ reason, bound: '26.1 %', testErrors: '25.0 %' }),
      );
      expect(new Set(said).size, locale).toBe(said.length);
      expect(said[0]).toContain('26.1 %');
    }
    expect(longRunText.en.abortWhy({ reason: 'too-few-bits', bound: '', testErrors: '' })).toBe(
      'too few bits to distil',
    );
    expect(longRunText.de.abortWhy({ reason: 'too-few-bits', bound: '', testErrors: '' })).toBe(
      'zu wenige Bits zum Destillieren',
    );
  });
});
