// The long run's link: drift switched on, the CLI's long-run block size unless the visitor chose another.
import { describe, expect, it } from 'vitest';
import { LONG_RUN_BLOCK_SIZE_BITS } from '../../workers/photon/driftedRun';
import { defaultParams } from '../../workers/common/params';
import { presetParams } from '../../workers/common/presets';
import { longRunParams } from './longRunParams';

describe('longRunParams', () => {
  it('switches drift on and takes the long-run block size for a preset left as it is', () => {
    const p = longRunParams(presetParams('qd-timebin-120km'), 'qd-timebin-120km');
    expect(p.drift).toBe('on');
    expect(p.blockSizeBits).toBe(LONG_RUN_BLOCK_SIZE_BITS);
    expect(p.stabilisationIntervalS).toBe(600);
  });

  it('keeps a block size the visitor chose, and does not touch the page params', () => {
    const page = { ...presetParams('qd-timebin-120km'), blockSizeBits: 3_000_000 };
    expect(longRunParams(page, 'qd-timebin-120km').blockSizeBits).toBe(3_000_000);
    expect(page.drift).toBe('off');
    expect(longRunParams(defaultParams(), null).blockSizeBits).toBe(
      Math.min(defaultParams().blockSizeBits, LONG_RUN_BLOCK_SIZE_BITS),
    );
  });
});
