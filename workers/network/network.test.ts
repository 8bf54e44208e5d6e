// The network as a whole: topology faults are named, the presets parse, a chain's end-to-end rate never exceeds
// its weakest link, adding a parallel route raises it, and a day of buffers conserves key (made = held + spent).
import { describe, expect, it } from 'vitest';
import { presetParams } from '../common/presets';
import { analyseNetwork } from './analyse';
import { simulateBufferDay } from './bufferDay';
import { NETWORK_PRESET_IDS, networkPreset } from './networkPresets';
import { parseTopology, TopologyError } from './topology';

const params = presetParams('qd-timebin-120km');

describe('parseTopology', () => {
  it.each([
    [
      { nodes: [{ id: 'a' }], links: [{ from: 'a', to: 'x', lengthKm: 1 }] },
      { code: 'unknown-node', where: 'links[0].to', id: 'x' },
    ],
    [
      { nodes: [{ id: 'a' }, { id: 'b' }], links: [{ from: 'a', to: 'b', lengthKm: -3 }] },
      { code: 'negative-length', where: 'links[0].lengthKm', lengthKm: -3 },
    ],
    [
      { nodes: [{ id: 'a' }, { id: 'b' }], links: [], demands: [{ from: 'a', to: 'b' }] },
      { code: 'not-connected', where: 'demands[0]', from: 'a', to: 'b' },
    ],
    [{ nodes: [{ id: 'a' }, { id: 'a' }] }, { code: 'duplicate-node', where: 'nodes[1]', id: 'a' }],
    [{ nodes: [] }, { code: 'nodes-not-array' }],
    ['text', { code: 'not-an-object' }],
  ])('names the fault of %j as a code with its data', (raw, fault) => {
    let thrown: unknown = null;
    try {
      parseTopology(raw);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TopologyError);
    expect((thrown as TopologyError).fault).toEqual(fault);
  });

  it('accepts every preset, the 300-node mesh connected', () => {
    for (const id of NETWORK_PRESET_IDS) expect(() => parseTopology(networkPreset(id))).not.toThrow();
    expect(networkPreset('mesh-30').nodes).toHaveLength(30);
    const trunk = networkPreset('backbone-2000km');
    expect(trunk.nodes).toHaveLength(34);
    expect(trunk.links.reduce((a, l) => a + l.lengthKm, 0)).toBeCloseTo(2000, -1);
  });
});

describe('analyseNetwork', () => {
  it('a chain of hops delivers at most its weakest link, on the one path', () => {
    const r = analyseNetwork(parseTopology(networkPreset('chain-cities')), params);
    const weakest = Math.min(...r.links.map((l) => l.secretKeyRateBps));
    expect(weakest).toBeGreaterThan(0);
    expect(r.demands[0].keyRateBps).toBeCloseTo(weakest, 9);
    expect(r.demands[0].paths).toEqual([['City A', 'node-1', 'node-2', 'node-3', 'node-4', 'City B']]);
  });

  it('a second route between the cities adds its own rate', () => {
    const t = networkPreset('chain-cities');
    const one = analyseNetwork(parseTopology(t), params).demands[0].keyRateBps;
    const more = {
      ...t,
      nodes: [...t.nodes, { id: 'detour', x: 500, y: 900 }],
      links: [
        ...t.links,
        { from: 'City A', to: 'detour', lengthKm: 60 },
        { from: 'detour', to: 'City B', lengthKm: 60 },
      ],
    };
    const r = analyseNetwork(parseTopology(more), params);
    const detour = Math.min(r.links.at(-1)!.secretKeyRateBps, r.links.at(-2)!.secretKeyRateBps);
    expect(r.demands[0].keyRateBps).toBeCloseTo(one + detour, 6);
    expect(r.demands[0].paths).toHaveLength(2);
  });
});

describe('simulateBufferDay', () => {
  it('conserves key: produced = held + spent, spent = delivered × hops', () => {
    const t = parseTopology(networkPreset('mesh-30'));
    const r = analyseNetwork(t, params);
    const rates = r.links.map((l) => l.secretKeyRateBps);
    const d = simulateBufferDay(rates, r.demands, { hours: 24 });
    const produced = rates.reduce((a, x) => a + x * 86400, 0);
    const held = d.finalLinkBits.reduce((a, x) => a + x, 0);
    expect(held + d.spentBits).toBeCloseTo(produced, -2);
    expect(d.timesH.at(-1)).toBeCloseTo(24, 9);
    // Served alone, each demand gets its max-flow rate; sharing links can only lower it.
    r.demands.forEach((dem, i) => expect(d.deliveredBits[i]).toBeLessThanOrEqual(dem.keyRateBps * 86400 * (1 + 1e-9)));
    expect(d.deliveredBits[0] + d.deliveredBits[1] + d.deliveredBits[2]).toBeGreaterThan(0);
  });
});
