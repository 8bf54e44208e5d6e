// The block-progress arithmetic: fill fraction, the distilling stage and the rough time to the next block.
import { describe, expect, it } from 'vitest';
import { blockStage, roughDuration } from './blockProgress';

describe('blockStage', () => {
  it('measures the block in progress and the time to fill it', () => {
    const s = blockStage({ blockSizeBits: 1000, siftedZ: 2420, blocksDone: 2, wallBitsPerSecond: 58 });
    expect(s.kind).toBe('filling');
    expect(s.fraction).toBeCloseTo(0.42);
    expect(s.kind === 'filling' && s.etaSeconds).toBeCloseTo(10);
  });
  it('says a full block is being distilled until its report arrives', () => {
    expect(blockStage({ blockSizeBits: 1000, siftedZ: 1010, blocksDone: 0, wallBitsPerSecond: 5 }).kind).toBe(
      'distilling',
    );
  });
  it('gives no time before the rate is known', () => {
    const s = blockStage({ blockSizeBits: 1e6, siftedZ: 0, blocksDone: 0, wallBitsPerSecond: null });
    expect(s).toEqual({ kind: 'filling', fraction: 0, etaSeconds: null });
  });
});

describe('roughDuration', () => {
  it('picks a readable unit', () => {
    expect(roughDuration(0.2)).toEqual({ count: 1, unit: 's' });
    expect(roughDuration(42)).toEqual({ count: 42, unit: 's' });
    expect(roughDuration(130)).toEqual({ count: 2, unit: 'min' });
    expect(roughDuration(3 * 3600)).toEqual({ count: 3, unit: 'h' });
    expect(roughDuration(5 * 86400)).toEqual({ count: 5, unit: 'd' });
  });
});
