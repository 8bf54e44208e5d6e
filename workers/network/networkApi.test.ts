// The network worker's API on untrusted input: a bad topology or bad link parameters come back as a message,
// never a throw; a preset, a day of buffers and a link's Monte-Carlo run come back as values.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../common/presets';
import { analyse, day, measureLink, preset } from './networkApi';

const params = presetParams('qd-timebin-120km');

describe('network worker API', () => {
  it('names the fault of a bad topology, bad parameters or an unknown preset', () => {
    expect(analyse({ nodes: [{ id: 'a' }], links: [{ from: 'a', to: 'b', lengthKm: 1 }] }, params)).toEqual({
      ok: false,
      error: 'links[0].to: unknown node "b"',
    });
    const bad = analyse({ nodes: [{ id: 'a' }] }, { ...params, fiberLossDbPerKm: -1 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^link parameters: .*fiberLossDbPerKm/);
    expect(preset('atlantis')).toEqual({ ok: false, error: '"atlantis" is not a network preset' });
    expect(measureLink(params, 500, 1)).toEqual({ ok: false, error: 'link length 500 km is outside 0 to 400 km' });
  });

  it('builds a preset and a day of its buffers', () => {
    const p = preset('chain-cities');
    if (!p.ok) throw new Error(p.error);
    const d = day(p.value, params, 24);
    if (!d.ok) throw new Error(d.error);
    expect(d.value.result.links).toHaveLength(5);
    expect(d.value.day.timesH.at(-1)).toBeCloseTo(24, 9);
    expect(d.value.day.deliveredBits[0]).toBeCloseTo(d.value.result.demands[0].keyRateBps * 86400, -3);
  });

  it('runs one short link photon by photon near the model', () => {
    const r = measureLink({ ...presetParams('ideal-classroom'), blockSizeBits: 1e4 }, 10, 1, 3);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.blocks).toBe(3);
    expect(Math.abs(r.value.bitsPerPulse - r.value.expectedBitsPerPulse)).toBeLessThan(
      5 * r.value.bitsPerPulseError + 0.1 * r.value.expectedBitsPerPulse,
    );
  });
});
