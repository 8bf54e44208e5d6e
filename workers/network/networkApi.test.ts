// The network worker's API on untrusted input: a bad topology or bad link parameters come back as a fault
// (code and data), never a throw; a preset, a day of buffers and a link's Monte-Carlo run come back as values.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../common/presets';
import { analyse, day, measureLink, preset } from './networkApi';

const params = presetParams('qd-timebin-120km');

describe('network worker API', () => {
  it('names the fault of a bad topology, bad parameters or an unknown preset', () => {
    expect(analyse({ nodes: [{ id: 'a' }], links: [{ from: 'a', to: 'b', lengthKm: 1 }] }, params)).toEqual({
      ok: false,
      error: { code: 'unknown-node', where: 'links[0].to', id: 'b' },
    });
    const bad = analyse({ nodes: [{ id: 'a' }] }, { ...params, fiberLossDbPerKm: -1 });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'link-parameters',
        issue: expect.objectContaining({ code: 'out-of-range', param: 'fiberLossDbPerKm' }),
      },
    });
    expect(preset('atlantis')).toEqual({ ok: false, error: { code: 'unknown-network-preset', got: '"atlantis"' } });
    expect(measureLink(params, 500, 1)).toEqual({ ok: false, error: { code: 'link-length', lengthKm: 500, max: 400 } });
    // The fault crosses the worker boundary by structured clone unchanged.
    expect(structuredClone(bad)).toEqual(bad);
  });

  it('builds a preset and a day of its buffers', () => {
    const p = preset('chain-cities');
    if (!p.ok) throw new Error(p.error.code);
    const d = day(p.value, params, 24);
    if (!d.ok) throw new Error(d.error.code);
    expect(d.value.result.links).toHaveLength(5);
    expect(d.value.day.timesH.at(-1)).toBeCloseTo(24, 9);
    expect(d.value.day.deliveredBits[0]).toBeCloseTo(d.value.result.demands[0].keyRateBps * 86400, -3);
  });

  it('runs one short link photon by photon near the model', () => {
    const r = measureLink({ ...presetParams('ideal-classroom'), blockSizeBits: 1e4 }, 10, 1, 3);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.blocks).toBe(3);
    expect(Math.abs(r.value.bitsPerPulse - r.value.expectedBitsPerPulse)).toBeLessThan(
      5 * r.value.bitsPerPulseError + 0.1 * r.value.expectedBitsPerPulse,
    );
  });
});
