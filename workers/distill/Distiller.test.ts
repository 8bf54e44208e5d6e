// The pipeline end to end on synthetic detection batches (no photon simulator): equal keys, a clear
// abort at QBER 25 %, Eve's agreement ≈ 1/2 after PA, more Eve knowledge → shorter key, the
// remainder handling of finish(), a verification failure discarded and counted, and determinism.
import { describe, expect, it } from 'vitest';
import { defaultParams, type LinkParams } from '../common/params';
import { QBER_THRESHOLD } from '../common/thresholds';
import { Distiller } from './Distiller';
import { distillBlock } from './distillBlock';
import { BlockAccumulator } from './sifting';
import { SyntheticDetections, type SyntheticLink } from './syntheticDetections';
import { keyTag, verifyKeys } from './verification';

// Synthetic batches are four-state BB84 (Alice sends both X states), so the links are four-state time-bin.
const params = (over: Partial<LinkParams> = {}): LinkParams => ({
  ...defaultParams(),
  encoding: 'time-bin',
  blockSizeBits: 20000,
  meanPhotonNumber: 0.5,
  ...over,
});
const link = (over: Partial<SyntheticLink> = {}): SyntheticLink => ({
  pZ: 0.5,
  qberZ: 0.02,
  qberX: 0.025,
  interceptFraction: 0,
  pulsesPerClick: 100,
  ...over,
});

function run(p: LinkParams, l: SyntheticLink, clicks: number, seed = 1) {
  const src = new SyntheticDetections(l, seed);
  const d = new Distiller(p, seed + 10);
  const reports = [];
  for (let sent = 0; sent < clicks; sent += 25000) reports.push(...d.push(src.batch(Math.min(25000, clicks - sent))));
  reports.push(...d.finish());
  return { reports, d };
}

describe('Distiller pipeline', () => {
  it('distils full blocks and a remainder into equal keys with every report field filled', () => {
    const { reports, d } = run(params(), link(), 200000);
    expect(reports.length).toBeGreaterThanOrEqual(2);
    for (const r of reports.filter((x) => !x.aborted)) {
      expect(r.verified).toBe(true);
      expect(r.aliceBobKeysEqual).toBe(true);
      expect(r.aliceKeyHex).toBe(r.bobKeyHex);
      expect(r.finalKeyBits).toBeGreaterThan(0);
      expect(r.leakBits).toBeGreaterThan(r.nKey * 0.14 * 1.0 - 1);
      expect(r.qberEstimate.upperBound).toBeGreaterThan(r.qberEstimate.x);
      expect(Math.abs(r.qberTrue.z - 0.02)).toBeLessThan(0.005);
      expect(r.residualErrors).toBe(0);
      expect(r.stageMs.errorCorrection).toBeGreaterThan(0);
    }
    const full = reports.filter((r) => r.nKey === 20000);
    expect(full.length).toBeGreaterThanOrEqual(2);
    const s = d.summary();
    expect(s.blocks).toBe(reports.length);
    expect(s.finalKeyBits).toBe(reports.reduce((a, r) => a + r.finalKeyBits, 0));
    const keys = d.lastKeys();
    expect(keys && keys.alice.equals(keys.bob)).toBe(true);
  });

  it('aborts at QBER 25 % with its reason as a code and the numbers behind it, never throws', () => {
    const { reports, d } = run(params(), link({ qberZ: 0.25, qberX: 0.25 }), 100000);
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports.filter((x) => x.nKey >= 1000)) {
      expect(r.aborted).toBe(true);
      expect(r.abortReason).toBe('qber-above-threshold');
      expect(r.abortDetail).toEqual({
        reason: 'qber-above-threshold',
        phaseErrorBound: r.qberEstimate.upperBound,
        testBitErrorRate: r.qberEstimate.x,
        threshold: QBER_THRESHOLD,
      });
      // The bound on the phase error is above the threshold, and the test bits show about the 25 % put in.
      if (r.abortDetail?.reason !== 'qber-above-threshold') continue;
      expect(r.abortDetail.phaseErrorBound).toBeGreaterThan(QBER_THRESHOLD);
      expect(r.abortDetail.testBitErrorRate).toBeGreaterThan(0.2);
      expect(r.finalKeyBits).toBe(0);
    }
    expect(d.summary().finalKeyBits).toBe(0);
  });

  it("Eve's agreement with the final key is 0.5 ± 0.05 when she knew ~10 % of the sifted bits", () => {
    // Photon-number splitting on 10 % of the clicks: she knows those bits exactly and causes no error.
    // Final keys of ~10^4 bits: the spread of a fair agreement is 0.5/sqrt(ℓ) ≈ 0.005.
    const { reports } = run(
      params({ blockSizeBits: 30000 }),
      link({ splitFraction: 0.1, qberZ: 0.01, qberX: 0.01 }),
      250000,
      3,
    );
    const done = reports.filter((r) => !r.aborted && r.nKey === 30000);
    expect(done.length).toBeGreaterThanOrEqual(2);
    for (const r of done) {
      expect(r.finalKeyBits).toBeGreaterThan(8000);
      expect(r.eveKnownSiftedFraction).toBeGreaterThan(0.08);
      expect(r.eveKnownSiftedFraction).toBeLessThan(0.12);
      expect(Math.abs((r.eveFinalKeyAgreement as number) - 0.5)).toBeLessThan(0.05);
    }
  });

  it('more Eve knowledge (intercept-resend) → higher phase error → shorter key', () => {
    const len = (f: number) =>
      run(params({ blockSizeBits: 30000 }), link({ interceptFraction: f, qberZ: 0.005, qberX: 0.005 }), 130000, 4)
        .reports.filter((r) => r.nKey === 30000)
        .map((r) => r.finalKeyBits);
    const [l0, l1, l2] = [len(0), len(0.1), len(0.2)];
    expect(l0[0]).toBeGreaterThan(l1[0]);
    expect(l1[0]).toBeGreaterThan(l2[0]);
  });

  it('a larger multi-photon fraction (g2) shortens the key through n_multi', () => {
    const one = (g2: number) => run(params({ g2Zero: g2 }), link(), 90000, 5).reports.find((r) => r.nKey === 20000);
    const a = one(0.0),
      b = one(0.05);
    expect(a?.nMulti).toBe(0);
    expect(b?.nMulti ?? 0).toBeGreaterThan(0);
    expect(b?.finalKeyBits ?? 0).toBeLessThan(a?.finalKeyBits ?? 0);
  });

  it('finish() reports a too-small remainder as too-few-bits', () => {
    const src = new SyntheticDetections(link(), 6);
    const d = new Distiller(params(), 1);
    expect(d.push(src.batch(1000))).toEqual([]);
    const [r] = d.finish();
    expect(r.aborted).toBe(true);
    expect(r.abortReason).toBe('too-few-bits');
    expect(d.finish()).toEqual([]);
  });

  it('a block whose keys still differ is discarded and counted, never patched', () => {
    // Original Cascade sized for QBER 10^-4 (one block per pass) on a 3 % block leaves errors behind.
    const p = params({ blockSizeBits: 2000, cascadeVariant: 'original', epsilonSec: 1e-3 });
    let failures = 0;
    for (let seed = 0; seed < 60 && failures === 0; seed++) {
      const [block] = new BlockAccumulator(2000).add(
        new SyntheticDetections(link({ qberZ: 0.03, qberX: 0.001 }), seed).batch(12000),
      );
      const out = distillBlock(block, p, 0, seed, { qberHint: 1e-4, siftingMs: 0, traceMaxBits: 0 });
      if (out.report.residualErrors > 0) {
        failures++;
        expect(out.report.verified).toBe(false);
        expect(out.report.aborted).toBe(true);
        expect(out.report.abortReason).toBe('verification-failed');
        expect(out.report.finalKeyBits).toBe(0);
        expect(out.keys).toBeNull();
      }
    }
    expect(failures).toBe(1);
  });

  it('verification tags differ for keys one bit apart and charge 64 bits', () => {
    const { d } = run(params(), link(), 60000);
    const k = d.lastKeys();
    expect(k).not.toBeNull();
    const a = k!.alice,
      b = a.clone();
    b.flip(a.length - 1);
    expect(keyTag(a, 1)).not.toBe(keyTag(b, 1));
    expect(verifyKeys(a, b, 2).isEqual).toBe(false);
    expect(verifyKeys(a, a.clone(), 2).tagBits).toBe(64);
  });

  it('is deterministic for a seed', () => {
    const a = run(params(), link(), 60000, 8).reports.map((r) => r.aliceKeyHex);
    const b = run(params(), link(), 60000, 8).reports.map((r) => r.aliceKeyHex);
    expect(a).toEqual(b);
  });
});
