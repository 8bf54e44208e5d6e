// The "Be Eve" score from a real run: was she caught (a block aborted), and how much of the final key
// she knows beyond guessing (2·agreement − 1 of her hashed guess), with the reason in plain words. Pure.
import type { EveAttack, SourceKind } from '../../workers/common/params';

export interface EveRunFacts {
  attack: EveAttack;
  source: SourceKind;
  blocksDone: number;
  blocksAborted: number;
  /** True Z QBER of the run so far. */
  qberZ: number | null;
  /** Share of sifted key bits Eve knew exactly before error correction and privacy amplification. */
  eveKnownSifted: number | null;
  /** Agreement of Eve's hashed guess with the newest final key; null when no block gave a key. */
  eveFinalKeyAgreement: number | null;
}

export interface EveVerdict {
  isCaught: boolean;
  /** Share of the final key Eve knows beyond guessing, 0–1; 0 when there is no key to know. */
  finalKeyKnowledge: number;
  headline: string;
  why: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function beEveVerdict(f: EveRunFacts): EveVerdict {
  const isCaught = f.blocksAborted > 0;
  const finalKeyKnowledge = f.eveFinalKeyAgreement === null ? 0 : Math.max(0, 2 * f.eveFinalKeyAgreement - 1);
  if (isCaught && f.attack !== 'intercept-resend') {
    return {
      isCaught, finalKeyKnowledge: 0,
      headline: 'Eve was caught out: no key was made from these photons.',
      why: 'Alice and Bob assume Eve may know every bit that came from a pulse with two or more photons. Too little was left to be sure of secrecy, so they aborted. Eve learned bits of a key that will never be used.',
    };
  }
  if (isCaught) {
    return {
      isCaught, finalKeyKnowledge: 0,
      headline: 'Eve was caught: Alice and Bob threw the key away.',
      why: `Measuring photons in a guessed basis disturbs them: the error rate rose to ${f.qberZ === null ? '—' : pct(f.qberZ)}, above what a secret key can survive, so the protocol aborted. Eve learned bits of a key that will never be used.`,
    };
  }
  const before = f.eveKnownSifted === null ? '—' : pct(f.eveKnownSifted);
  const agreement = f.eveFinalKeyAgreement === null ? null : pct(f.eveFinalKeyAgreement);
  const tail = agreement === null
    ? 'No block has been distilled yet.'
    : `Her guess matches the final key in ${agreement} of the bits (50 % = a coin flip): privacy amplification hashed away what she knew.`;
  if (f.attack === 'intercept-resend') {
    return { isCaught, finalKeyKnowledge, headline: 'Eve was not caught, but she gained nothing.', why: `Intercepting few photons keeps the errors low, but then she knows few bits (${before} of the sifted key), and Alice and Bob shorten the key by what she could know. ${tail}` };
  }
  const photons = f.source === 'qd'
    ? `The quantum dot almost never sends two photons, so there was little to split: she knew ${before} of the sifted key.`
    : `The laser's multi-photon pulses let her read ${before} of the sifted key without causing errors; Alice and Bob's key length bound counts every multi-photon pulse as known to Eve and removes it.`;
  return { isCaught, finalKeyKnowledge, headline: 'Eve stayed hidden, but she gained nothing.', why: `${photons} ${tail}` };
}
