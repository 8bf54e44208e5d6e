// The network in the URL fragment: a preset by name, an edited map round-trips through base64url JSON, a damaged or
// unknown value is reported as a fault (code and data), and other fragment text is kept.
import { describe, expect, it } from 'vitest';
import { networkPreset } from '../../workers/network/networkPresets';
import { addLink, addNode } from './networkEdit';
import { networkHash, readNetworkHash, writeNetworkHash } from './networkUrl';

describe('network in the URL fragment', () => {
  it('names an unedited preset and round-trips an edited map', () => {
    expect(networkHash(networkPreset('mesh-30'), 'mesh-30')).toBe('net=mesh-30');
    expect(readNetworkHash('#net=mesh-30')).toEqual({ preset: 'mesh-30' });
    const { topology, id } = addNode(networkPreset('chain-cities'), 300, 700);
    const edited = addLink(topology, id, 'City B', 42);
    if (typeof edited === 'string') throw new Error(edited);
    const hash = networkHash(edited, null)!;
    const back = readNetworkHash(`#${hash}`);
    expect(back && 'topology' in back && back.topology.links.at(-1)).toEqual({
      from: 'n7',
      to: 'City B',
      lengthKm: 42,
    });
  });

  it('reports a damaged or unknown value and ignores fragments without a network', () => {
    expect(readNetworkHash('#net=atlantis')).toEqual({ error: { code: 'unknown-network-preset', got: '"atlantis"' } });
    expect(readNetworkHash('#net=~e30')).toEqual({ error: { code: 'nodes-not-array' } });
    expect(readNetworkHash('#net=~%%%')).toEqual({ error: 'damaged' });
    expect(readNetworkHash(`#net=${'x'.repeat(500)}`)).toEqual({
      error: { code: 'unknown-network-preset', got: `"${'x'.repeat(40)}"` },
    });
    expect(readNetworkHash('#network')).toBeNull();
  });

  it('writes its part of the fragment and keeps the rest', () => {
    const calls: string[] = [];
    const win = {
      location: { pathname: '/', search: '?seed=1', hash: '#other' },
      history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => calls.push(url) },
    };
    writeNetworkHash(win as never, 'net=one-hop-120km');
    expect(calls).toEqual(['/?seed=1#other&net=one-hop-120km']);
  });
});
