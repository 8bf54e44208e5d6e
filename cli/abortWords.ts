// The CLIs' English for why a block was aborted, from the distiller's code and numbers (the core holds only the
// code): the sentence `sim --json` prints as abortReason, e.g. "too few bits to distil: 12 key bits and …".
import type { AbortDetail } from '../workers/common/reports';

/** A fraction with one decimal and a spaced percent sign: "26.1 %". */
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

export function abortWords(detail: AbortDetail): string {
  switch (detail.reason) {
    case 'too-few-bits':
      return (
        `too few bits to distil: ${detail.keyBits} key bits and ${detail.testBits} test bits ` +
        `(need ${detail.minKeyBits} and ${detail.minTestBits})`
      );
    case 'qber-above-threshold':
      return (
        `possible eavesdropper: key discarded (phase-error bound ${pct(detail.phaseErrorBound)} ` +
        `with ${pct(detail.testBitErrorRate)} test-bit errors leaves no secret key; BB84 tolerates about ` +
        `${pct(detail.threshold)} when both are equal)`
      );
    case 'key-length-not-positive':
      return (
        `no secret key: the finite-size bound leaves ${detail.bitsLeft} bits after error ` +
        `correction (${detail.leakBits} bits leaked) and the security margin`
      );
    case 'verification-failed':
      return 'keys still differ after error correction (hash tags disagree): block discarded';
  }
}
