// The decoy-state laser through the whole pipeline on photon-simulator data: the finite-key decoy analysis
// (Lim et al. 2014) yields key in every 10^5-bit block on the textbook link at 50 km, and an attack leaves none.
import { describe, expect, it } from 'vitest';
import type { BlockReport } from '../common/reports';
import { presetParams } from '../common/presets';
import type { LinkParams } from '../common/params';
import { runLink } from '../photon/runLink';
import { Distiller } from './Distiller';

const textbookDecoy = (over: Partial<LinkParams> = {}): LinkParams => ({
  ...presetParams('gys-textbook'),
  decoy: 'vacuum-weak',
  fiberLengthKm: 50,
  blockSizeBits: 1e5,
  ...over,
});

function blocks(p: LinkParams, want: number, seed: number): BlockReport[] {
  const d = new Distiller(p, seed);
  const out: BlockReport[] = [];
  for (const batch of runLink(p, { seed, pulses: 5e9 })) {
    out.push(...d.push(batch));
    if (out.length >= want) break;
  }
  return out;
}

describe('decoy-state pipeline (photon simulator, textbook link, 50 km)', () => {
  it('yields key in every 10^5-bit block without Eve, and the keys are equal', () => {
    const reports = blocks(textbookDecoy(), 4, 11);
    expect(reports).toHaveLength(4);
    for (const r of reports) {
      expect(r.aborted, JSON.stringify(r.abortDetail)).toBe(false);
      expect(r.finalKeyBits).toBeGreaterThan(2000);
      expect(r.aliceBobKeysEqual).toBe(true);
      // The bound on multi-photon (and unbounded) key bits stays above the true multi-photon share of the key.
      expect(r.nMulti / r.nKey).toBeGreaterThan(0.1);
    }
  });

  it('photon-number splitting leaves no key (aborted or not positive)', () => {
    for (const r of blocks(textbookDecoy({ eve: 'pns' }), 2, 12)) {
      expect(r.finalKeyBits).toBe(0);
      expect(r.aborted).toBe(true);
    }
  });

  it('intercept-resend on every pulse aborts at estimation', () => {
    for (const r of blocks(textbookDecoy({ eve: 'intercept-resend', interceptFraction: 1 }), 2, 13)) {
      expect(r.aborted).toBe(true);
      expect(r.abortReason).toBe('qber-above-threshold');
      expect(r.verified).toBeNull();
    }
  });
});
