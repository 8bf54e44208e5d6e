// The CLI's English for aborted blocks: every abort code has its sentence (a new code fails the type check here),
// and real aborts of the distillation pipeline come out as the sentences `sim --json` has always printed.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../workers/common/params';
import type { AbortDetail, AbortReason } from '../workers/common/reports';
import { Distiller } from '../workers/distill/Distiller';
import { SyntheticDetections } from '../workers/distill/syntheticDetections';
import { abortWords } from './abortWords';

/** The first aborted block of a seeded synthetic link at this QBER, click count and block size. */
function firstAbort(qber: number, clicks: number, blockSizeBits: number): AbortDetail | null {
  const src = new SyntheticDetections(
    { pZ: 0.5, qberZ: qber, qberX: qber, interceptFraction: 0, pulsesPerClick: 100 },
    3,
  );
  const d = new Distiller({ ...defaultParams(), blockSizeBits, meanPhotonNumber: 0.5 }, 13);
  return [...d.push(src.batch(clicks)), ...d.finish()].find((r) => r.aborted)?.abortDetail ?? null;
}

describe('CLI words for aborted blocks', () => {
  it('words real aborts of the pipeline with their numbers', () => {
    expect(abortWords(firstAbort(0.25, 60000, 20000)!)).toBe(
      'possible eavesdropper: key discarded (phase-error bound 50.0 % with 25.1 % test-bit errors leaves no ' +
        'secret key; BB84 tolerates about 11.0 % when both are equal)',
    );
    expect(abortWords(firstAbort(0.25, 300, 20000)!)).toBe(
      'too few bits to distil: 67 key bits and 79 test bits (need 1000 and 50)',
    );
    expect(abortWords(firstAbort(0.05, 30000, 10000)!)).toBe(
      'no secret key: the finite-size bound leaves -2280 bits after error correction (2390 bits leaked) and the ' +
        'security margin',
    );
  });

  it('gives every reason its own sentence', () => {
    const one: { [R in AbortReason]: Extract<AbortDetail, { reason: R }> } = {
      'too-few-bits': { reason: 'too-few-bits', keyBits: 1, testBits: 2, minKeyBits: 3, minTestBits: 4 },
      'qber-above-threshold': {
        reason: 'qber-above-threshold',
        phaseErrorBound: 0.3,
        testBitErrorRate: 0.2,
        threshold: 0.11,
      },
      'verification-failed': { reason: 'verification-failed' },
      'key-length-not-positive': { reason: 'key-length-not-positive', bitsLeft: -5, leakBits: 9 },
    };
    const said = Object.values(one).map(abortWords);
    expect(new Set(said).size).toBe(4);
    expect(abortWords(one['verification-failed'])).toBe(
      'keys still differ after error correction (hash tags disagree): block discarded',
    );
  });
});
