// Every TopologyFault code's English CLI line, pinned to the sentence the topology reader printed before its faults
// became codes (outside tests read `npm run network` errors), each reached through the real reader or worker API.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../workers/common/presets';
import { analyse, measureLink, preset } from '../workers/network/networkApi';
import { parseTopology, TopologyError, type TopologyFault, type TopologyFaultCode } from '../workers/network/topology';
import { topologyFaultWords } from './topologyWords';

const params = presetParams('qd-timebin-120km');
const nodes = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const link = (l: object) => ({ nodes, links: [{ from: 'a', to: 'b', lengthKm: 5 }, l] });

function faultOf(f: () => unknown): TopologyFault {
  try {
    f();
  } catch (e) {
    if (e instanceof TopologyError) return e.fault;
    throw e;
  }
  throw new Error('no fault');
}

const apiFault = (a: { ok: true } | { ok: false; error: TopologyFault }) => {
  if (a.ok) throw new Error('no fault');
  return a.error;
};

// Keyed by code, so a new code without a pinned line fails the type check.
const CASES: Record<TopologyFaultCode, [() => TopologyFault, string]> = {
  'not-an-object': [
    () => faultOf(() => parseTopology([1])),
    'topology: expected an object { "nodes": [...], "links": [...], "demands": [...] }',
  ],
  'nodes-not-array': [
    () => faultOf(() => parseTopology({ nodes: [] })),
    'nodes: expected a non-empty array of { "id" }',
  ],
  'too-many-nodes': [
    () => faultOf(() => parseTopology({ nodes: Array.from({ length: 2001 }, (_, i) => ({ id: `n${i}` })) })),
    'nodes: 2001 nodes, at most 2000',
  ],
  'links-not-array': [
    () => faultOf(() => parseTopology({ nodes, links: {} })),
    'links: expected an array of { "from", "to", "lengthKm" }',
  ],
  'too-many-links': [
    () => faultOf(() => parseTopology({ nodes, links: new Array(10001).fill(null) })),
    'links: 10001 links, at most 10000',
  ],
  'demands-not-array': [
    () => faultOf(() => parseTopology({ nodes, demands: 'a-b' })),
    'demands: expected an array of { "from", "to" }',
  ],
  'node-not-object': [
    () => faultOf(() => parseTopology({ nodes: [{ id: 'a' }, 'b'] })),
    'nodes[1]: expected an object with an "id"',
  ],
  'bad-node-id': [
    () => faultOf(() => parseTopology({ nodes: [{ id: 'x'.repeat(65) }] })),
    `nodes[0].id: node id must be a string of 1 to 64 characters, got "${'x'.repeat(59)}`,
  ],
  'duplicate-node': [
    () => faultOf(() => parseTopology({ nodes: [...nodes, { id: 'x' }, { id: 'x' }] })),
    'nodes[4]: duplicate node id "x"',
  ],
  'unknown-node': [
    () => faultOf(() => parseTopology(link({ from: 'a', to: 'zz', lengthKm: 1 }))),
    'links[1].to: unknown node "zz"',
  ],
  'link-not-object': [
    () => faultOf(() => parseTopology(link([]))),
    'links[1]: expected an object { "from", "to", "lengthKm" }',
  ],
  'self-link': [
    () => faultOf(() => parseTopology(link({ from: 'c', to: 'c', lengthKm: 1 }))),
    'links[1]: a link from "c" to itself',
  ],
  'length-not-number': [
    () => faultOf(() => parseTopology(link({ from: 'a', to: 'c', lengthKm: '5 km' }))),
    'links[1].lengthKm: expected a number of km, got "5 km"',
  ],
  'negative-length': [
    () => faultOf(() => parseTopology(link({ from: 'a', to: 'c', lengthKm: -5 }))),
    'links[1].lengthKm: negative length -5 km',
  ],
  'too-long': [
    () => faultOf(() => parseTopology(link({ from: 'a', to: 'c', lengthKm: 401.5 }))),
    'links[1].lengthKm: 401.5 km is longer than 400 km',
  ],
  'unknown-preset': [
    () => faultOf(() => parseTopology(link({ from: 'a', to: 'c', lengthKm: 1, preset: 'warp' }))),
    'links[1].preset: "warp" is not a preset',
  ],
  'demand-not-object': [
    () => faultOf(() => parseTopology({ nodes, demands: [7] })),
    'demands[0]: expected an object { "from", "to" }',
  ],
  'same-node': [
    () => faultOf(() => parseTopology({ nodes, demands: [{ from: 'b', to: 'b' }] })),
    'demands[0]: from and to are the same node "b"',
  ],
  'not-connected': [
    () =>
      faultOf(() => parseTopology({ ...link({ from: 'b', to: 'a', lengthKm: 2 }), demands: [{ from: 'a', to: 'c' }] })),
    'demands[0]: "a" and "c" are not connected by any link',
  ],
  'link-parameters': [
    () => apiFault(analyse({ nodes }, { ...params, fiberLossDbPerKm: -1 })),
    'link parameters: --fiber-loss-db-per-km: -1 is out of range; expected a number from 0 to 2 dB/km',
  ],
  'unknown-network-preset': [() => apiFault(preset('atlantis')), '"atlantis" is not a network preset'],
  'link-length': [() => apiFault(measureLink(params, 500, 1)), 'link length 500 km is outside 0 to 400 km'],
};

describe('topology faults in the CLI', () => {
  for (const [code, [make, line]] of Object.entries(CASES)) {
    it(`${code}: the old sentence`, () => {
      const fault = make();
      expect(fault.code).toBe(code);
      expect(topologyFaultWords(fault)).toBe(line);
    });
  }

  it('echoes values from the file escaped and cut to 60 characters', () => {
    const id = '"\n'.repeat(30);
    const line = topologyFaultWords(faultOf(() => parseTopology({ nodes: [{ id }, { id }] })));
    expect(line).toBe(`nodes[1]: duplicate node id ${JSON.stringify(id).slice(0, 60)}`);
    expect(line).not.toContain('\n');
  });
});
