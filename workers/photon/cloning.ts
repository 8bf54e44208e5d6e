// The optimal individual attack on BB84 (phase-covariant cloning, Fuchs et al. 1997): the one place that says what
// Eve's cloner does to a photon and what she learns, read by the fast simulator, the reference loop and expected.ts.
import { binaryEntropy } from '../common/entropy';

/**
 * Probability that Eve's guess of Alice's bit is right after the basis announcement when her cloner causes the error
 * rate D in both bases: ½ + √(D(1 − D)). At D = 0 she guesses; at D = ½ she knows the bit (and Bob sees noise).
 */
export function cloningGuessProbability(disturbance: number): number {
  const d = Math.min(0.5, Math.max(0, disturbance));
  return 0.5 + Math.sqrt(d * (1 - d));
}

/** Eve's mutual information with Alice's bit, per attacked sifted bit: 1 − h(½ + √(D(1 − D))). */
export function cloningInformation(disturbance: number): number {
  return 1 - binaryEntropy(cloningGuessProbability(disturbance));
}

/**
 * The four outcomes of one attacked pulse, as (weight, is Bob's state flipped, is Eve's guess right). The model treats
 * Bob's error and Eve's guess as independent: the curve the tests check (Eve's agreement and information per sifted
 * bit, the QBER) depends only on their marginals, and the key pipeline corrects Bob towards Alice's bits anyway.
 */
export function cloningBranches(disturbance: number): readonly { weight: number; flipped: boolean; right: boolean }[] {
  const d = Math.min(0.5, Math.max(0, disturbance));
  const g = cloningGuessProbability(d);
  return [
    { weight: (1 - d) * g, flipped: false, right: true },
    { weight: (1 - d) * (1 - g), flipped: false, right: false },
    { weight: d * g, flipped: true, right: true },
    { weight: d * (1 - g), flipped: true, right: false },
  ];
}
