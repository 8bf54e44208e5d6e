// The network in the address bar's fragment, so a reload (or a bookmark) keeps an edited map: "#net=<preset>" for
// an unedited preset, "#net=~<base64url JSON>" for an edited one. The query string belongs to the link settings;
// the fragment is kept by every other part of the page that rewrites the address.
import {
  parseTopology,
  showValue,
  topologyJson,
  TopologyError,
  type Topology,
  type TopologyFault,
} from '../../workers/network/topology';
import { isNetworkPresetId, type NetworkPresetId } from '../../workers/network/networkPresets';

/** Longer maps are not written (a 300-node mesh edited by hand): saving as JSON still works. */
export const MAX_HASH_CHARS = 200_000;

const toBase64Url = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

/** The fragment for a map: its preset's name while unedited, else the map itself (null when too long). */
export function networkHash(t: Topology, preset: NetworkPresetId | null): string | null {
  if (preset) return `net=${preset}`;
  const value = `net=~${toBase64Url(JSON.stringify(JSON.parse(topologyJson(t))))}`;
  return value.length <= MAX_HASH_CHARS ? value : null;
}

/** Why the fragment's map was not used: the reader's fault, or 'damaged' when it is not even base64url JSON. */
export type HashFault = TopologyFault | 'damaged';

export type HashNetwork = { preset: NetworkPresetId } | { topology: Topology } | { error: HashFault };

/** What a fragment names, null when it names no network. A broken map is reported as a fault, never thrown. */
export function readNetworkHash(hash: string): HashNetwork | null {
  const m = /(?:^#?|&)net=([^&]*)/.exec(hash);
  if (!m) return null;
  let value: string;
  try {
    value = decodeURIComponent(m[1]);
  } catch {
    return { error: 'damaged' };
  }
  if (!value.startsWith('~'))
    return isNetworkPresetId(value)
      ? { preset: value }
      : { error: { code: 'unknown-network-preset', got: showValue(value.slice(0, 40)) } };
  try {
    return { topology: parseTopology(JSON.parse(fromBase64Url(value.slice(1)))) };
  } catch (e) {
    return { error: e instanceof TopologyError ? e.fault : 'damaged' };
  }
}

/** Replace the fragment's net= part, keeping path, query and any other fragment text. */
export function writeNetworkHash(win: Pick<Window, 'location' | 'history'>, value: string | null): void {
  const rest = win.location.hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('net='));
  const parts = value ? [...rest, value] : rest;
  const hash = parts.length ? `#${parts.join('&')}` : '';
  if (hash !== win.location.hash)
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${hash}`);
}
