// Phase-covariant cloning, photon by photon, against its curve (Fuchs et al. 1997): on the pulses she attacks Eve
// causes the QBER D in both bases and guesses Alice's bit right with ½ + √(D(1 − D)), i.e. 1 − h(that) bits.
import { describe, expect, it } from 'vitest';
import { BASIS_Z, EVE_GUESS, type DetectionBatch } from '../common/detections';
import { binaryEntropy } from '../common/entropy';
import { defaultParams, parseParamValue, type LinkParams } from '../common/params';
import { cloningGuessProbability, cloningInformation } from './cloning';
import { expectedStatistics } from './expected';
import { LinkSimulator } from './LinkSimulator';
import { summarizeBatch } from './stats';
import { binomialZ } from './zScores';

const link = (over: Partial<LinkParams>): LinkParams => ({
  ...defaultParams(),
  source: 'qd',
  meanPhotonNumber: 0.5,
  g2Zero: 0,
  fiberLengthKm: 20,
  darkCountRateHz: 0,
  deadTimeS: 0,
  afterpulseProbability: 0,
  encoding: 'polarisation',
  basisBiasZ: 0.5,
  intrinsicErrorZ: 0,
  interferometerVisibility: 1,
  evePositionKm: 0,
  eve: 'phase-covariant-cloning',
  interceptFraction: 1,
  ...over,
});

function simulate(params: LinkParams, detections: number, seed: number) {
  const e = expectedStatistics(params);
  const pulses = Math.ceil(detections / e.gainPerPulse);
  const batch = new LinkSimulator(params, seed).nextBatch(10 * detections, pulses);
  return { e, s: summarizeBatch(batch), batch, pulses };
}

/** Eve's guesses on sifted Z bits she attacked (EVE_GUESS): how many, and how many equal Alice's bit. */
function guessAgreement(b: DetectionBatch): { guesses: number; right: number } {
  let guesses = 0,
    right = 0;
  for (let i = 0; i < b.count; i++) {
    if (b.aliceBasis[i] !== BASIS_Z || b.bobBasis[i] !== BASIS_Z || b.eveKnowledge[i] !== EVE_GUESS) continue;
    guesses++;
    if (b.eveBit[i] === b.aliceBit[i]) right++;
  }
  return { guesses, right };
}

/** The curve written out again here, so the simulation is checked against the paper, not against cloning.ts. */
const paperGuess = (d: number) => 0.5 + Math.sqrt(d * (1 - d));
const paperInformation = (d: number) => 1 - binaryEntropy(paperGuess(d));

describe('the curve', () => {
  it('P(D) = ½ + √(D(1 − D)) and I(D) = 1 − h(P): nothing at D = 0, everything at D = ½', () => {
    expect(cloningGuessProbability(0)).toBe(0.5);
    expect(cloningInformation(0)).toBe(0);
    expect(cloningGuessProbability(0.5)).toBe(1);
    expect(cloningInformation(0.5)).toBe(1);
    expect(cloningGuessProbability(0.25)).toBeCloseTo(0.5 + Math.sqrt(3) / 4, 14);
    // At the intercept-resend QBER of 25 % the cloner learns 0.645 bit per bit, intercept-resend only ½.
    expect(cloningInformation(0.25)).toBeCloseTo(0.6454, 4);
    // Information rises with D, and at D ≈ 14.6 % Eve knows as much as Bob (1 − h(D)), the end of one-way BB84.
    for (let d = 0.01; d <= 0.5; d += 0.01) expect(cloningInformation(d)).toBeGreaterThan(cloningInformation(d - 0.01));
    const crossing = (1 - Math.SQRT1_2) / 2;
    expect(cloningInformation(crossing)).toBeCloseTo(1 - binaryEntropy(crossing), 12);
  });
});

describe('phase-covariant cloning, photon by photon', () => {
  for (const d of [0, 0.05, 0.11, 0.25, 0.4]) {
    it(`D = ${d}: QBER D in both bases; Eve's guesses right with ½ + √(D(1 − D)) (|z| < 4, 120 000 clicks)`, () => {
      const params = link({ cloningDisturbance: d });
      const { e, s, batch } = simulate(params, 120_000, 11 + Math.round(100 * d));
      const right = paperGuess(d);
      expect(e.qberZ).toBeCloseTo(d, 12);
      expect(e.qberX).toBeCloseTo(d, 12);
      expect(e.eveAgreementSiftedZ).toBeCloseTo(right, 12);
      expect(e.eveInformationSiftedZ).toBeCloseTo(paperInformation(d), 12);
      expect(e.eveExactSiftedZFraction).toBe(0);
      expect(Math.abs(binomialZ(s.errorsZ, s.siftedZ, d))).toBeLessThan(4);
      expect(Math.abs(binomialZ(s.errorsX, s.siftedX, d))).toBeLessThan(4);
      // A single-photon source tapped at Alice's output: every sifted bit was attacked and carries her guess.
      const g = guessAgreement(batch);
      expect(g.guesses).toBe(s.siftedZ);
      // The batch counts the page sums hold the same guesses (its Eve readout is 1 − h(right / guessed)).
      expect([s.eveGuessSiftedZ, s.eveGuessAgreeSiftedZ]).toEqual([g.guesses, g.right]);
      expect(Math.abs(binomialZ(g.right, g.guesses, right))).toBeLessThan(4);
      // Her measured information per sifted bit, 1 − h(measured agreement), within 0.01 bit of the curve.
      expect(Math.abs(1 - binaryEntropy(g.right / g.guesses) - paperInformation(d))).toBeLessThan(0.01);
    });
  }

  it('Bob sees the no-Eve gain: the cloner changes states, never photon numbers', () => {
    const params = link({ cloningDisturbance: 0.2, source: 'wcp', meanPhotonNumber: 0.6, evePositionKm: 8 });
    const { s, pulses } = simulate(params, 100_000, 21);
    const none = expectedStatistics({ ...params, eve: 'none' });
    expect(expectedStatistics(params).gainPerPulse).toBeCloseTo(none.gainPerPulse, 14);
    expect(Math.abs(binomialZ(s.detections, pulses, none.gainPerPulse))).toBeLessThan(4);
  });

  it('attacked share f, intrinsic error e, dark counts: QBER e + f·D(1 − 2e) plus dark clicks, as expected.ts', () => {
    const [f, d, e0] = [0.6, 0.1, 0.02];
    const params = link({ interceptFraction: f, cloningDisturbance: d, intrinsicErrorZ: e0, darkCountRateHz: 2000 });
    expect(expectedStatistics({ ...params, darkCountRateHz: 0 }).qberZ).toBeCloseTo(e0 + f * d * (1 - 2 * e0), 12);
    const { e, s, batch } = simulate(params, 150_000, 31);
    expect(Math.abs(binomialZ(s.errorsZ, s.siftedZ, e.qberZ))).toBeLessThan(4);
    expect(Math.abs(binomialZ(s.eveAgreeSiftedZ, s.siftedZ, e.eveAgreementSiftedZ))).toBeLessThan(4);
    // Only the attacked share carries guesses; they are right with P, whatever else is going on.
    const g = guessAgreement(batch);
    expect(Math.abs(binomialZ(g.guesses, s.siftedZ, f))).toBeLessThan(4);
    expect(Math.abs(binomialZ(g.right, g.guesses, paperGuess(d)))).toBeLessThan(4);
    expect(e.eveInformationSiftedZ).toBeCloseTo(f * paperInformation(d), 2);
  });

  it('the registry takes D from 0 to ½ and refuses more, naming the parameter', () => {
    expect(defaultParams().cloningDisturbance).toBeGreaterThan(0);
    expect(parseParamValue('cloningDisturbance', '0.5')).toEqual({ value: 0.5 });
    const bad = parseParamValue('cloningDisturbance', '0.7');
    expect('error' in bad).toBe(true);
    expect(JSON.stringify(bad)).toContain('cloningDisturbance');
    expect(parseParamValue('eve', 'phase-covariant-cloning')).toEqual({ value: 'phase-covariant-cloning' });
  });
});
