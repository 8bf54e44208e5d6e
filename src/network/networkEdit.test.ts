// Map edits keep a network consistent: a removed node takes its links and demands along, a new link needs two
// different unlinked nodes and a length in range, and dragging changes no structure (so nothing is recomputed).
import { describe, expect, it } from 'vitest';
import { networkPreset } from '../../workers/network/networkPresets';
import { parseTopology } from '../../workers/network/topology';
import { addLink, addNode, moveNode, removeNode, setLinkLength, structureKey } from './networkEdit';

describe('network edits', () => {
  const chain = networkPreset('chain-cities');

  it('adds a node with a fresh id and links it', () => {
    const { topology, id } = addNode(chain, 100, 100);
    expect(id).toBe('n7');
    const linked = addLink(topology, id, 'City B', 30);
    if (typeof linked === 'string') throw new Error(linked);
    expect(() => parseTopology(linked)).not.toThrow();
    expect(linked.links.at(-1)).toEqual({ from: 'n7', to: 'City B', lengthKm: 30 });
  });

  it('refuses a self link, a duplicate link and a bad length', () => {
    expect(addLink(chain, 'City A', 'City A', 5)).toBe('same-node');
    expect(addLink(chain, 'node-1', 'City A', 5)).toBe('link-exists');
    expect(addLink(chain, 'City A', 'City B', -1)).toBe('length-invalid');
    expect(addLink(chain, 'City A', 'City B', NaN)).toBe('length-invalid');
    expect(setLinkLength(chain, 0, 401)).toBe('length-invalid');
  });

  it('removing a node removes its links and the demands that need it', () => {
    const t = removeNode(chain, 'City B');
    expect(t.links.every((l) => l.to !== 'City B' && l.from !== 'City B')).toBe(true);
    expect(t.demands).toEqual([]);
    expect(() => parseTopology(t)).not.toThrow();
  });

  it('a drag changes positions only', () => {
    const moved = moveNode(chain, 'node-2', 5, 2000);
    expect(moved.nodes.find((n) => n.id === 'node-2')).toMatchObject({ x: 5, y: 1000 });
    expect(structureKey(moved)).toBe(structureKey(chain));
  });
});
