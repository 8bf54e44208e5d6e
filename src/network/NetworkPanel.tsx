// The trusted-node network view: a preset or an edited map of nodes and fiber links, each link's key rate from
// the link model, the end-to-end key of a chosen pair by one-time-pad relay (max-flow), a day of key buffers and
// a Monte-Carlo run of one link on demand. The computing happens in a worker (workers/network).
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatCount } from '../format/formatNumber';
import { describeTopologyFault, networkText } from '../i18n/text/network';
import { useLocale, useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import {
  NETWORK_PRESET_IDS,
  isNetworkPresetId,
  networkPreset,
  type NetworkPresetId,
} from '../../workers/network/networkPresets';
import type { Demand, Topology } from '../../workers/network/topology';
import { BufferDayView } from './BufferDayView';
import { EndToEnd, relayNodes } from './EndToEnd';
import { NetworkEditor, type Edit } from './NetworkEditor';
import { NetworkMap } from './NetworkMap';
import { moveNode } from './networkEdit';
import { networkHash, readNetworkHash, writeNetworkHash } from './networkUrl';
import { NodeList } from './NodeField';
import { useNetworkAnalysis } from './useNetworkAnalysis';
import './network.css';

const firstPair = (t: Topology): Demand => t.demands[0] ?? { from: t.nodes[0]?.id ?? '', to: t.nodes.at(-1)?.id ?? '' };
const INITIAL: NetworkPresetId = 'chain-cities';

export default function NetworkPanel() {
  const text = useText(networkText);
  const locale = useLocale();
  const id = useId();
  const listId = `${id}-nodes`;
  const params = useAppState((s) => s.params);
  const presetId = useAppState((s) => s.presetId);
  const seed = useAppState((s) => s.seed);
  // The address may hold a map (#net=…): an edited one is used at once, a preset is built in the worker below.
  const [fromUrl] = useState(() => readNetworkHash(window.location.hash));
  const urlMap = fromUrl && 'topology' in fromUrl ? fromUrl.topology : null;
  const [preset, setPreset] = useState<NetworkPresetId>(fromUrl && 'preset' in fromUrl ? fromUrl.preset : INITIAL);
  const [isEdited, setEdited] = useState(urlMap !== null);
  const [topology, setTopologyState] = useState<Topology>(() => urlMap ?? networkPreset(INITIAL));
  // The map of record, synchronously: edits are functions of it, so two quick edits never read a stale map.
  const current = useRef(topology);
  const setTopology = useCallback((t: Topology) => {
    current.current = t;
    setTopologyState(t);
  }, []);
  const [pair, setPair] = useState<Demand>(() => firstPair(urlMap ?? networkPreset(INITIAL)));
  const [selectedNode, setSelectedNode] = useState<string | null>(null);
  const [selectedLink, setSelectedLink] = useState<number | null>(null);
  // A new map (preset or file) starts the forms afresh.
  const [epoch, setEpoch] = useState(0);
  const a = useNetworkAnalysis(topology, pair, params, presetId);
  const result = a.answer?.result ?? null;
  const demand = a.connected ? (result?.demands[0] ?? null) : null;
  const rates = useMemo(() => result?.links.map((l) => l.secretKeyRateBps) ?? null, [result]);
  const pathLinks = useMemo(() => new Set(demand?.pathLinks.flat() ?? []), [demand]);
  const relays = useMemo(() => new Set(relayNodes(demand)), [demand]);
  const endpoints = useMemo(() => [pair.from, pair.to], [pair]);
  const idKey = topology.nodes.map((n) => n.id).join('\u0000');
  // Recomputed when the ids change, not at every edit of the topology.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const nodeIds = useMemo(() => topology.nodes.map((n) => n.id), [idKey]);
  const known = useMemo(() => new Set(nodeIds), [nodeIds]);

  const replace = useCallback(
    (t: Topology, nextPair?: Demand) => {
      setTopology(t);
      setPair(
        (p) =>
          nextPair ??
          (t.nodes.some((n) => n.id === p.from) && t.nodes.some((n) => n.id === p.to)
            ? p
            : firstPair({ ...t, demands: [] })),
      );
    },
    [setTopology],
  );
  const loadPreset = useCallback(
    (p: NetworkPresetId) => {
      setPreset(p);
      setEdited(false);
      setSelectedNode(null);
      setSelectedLink(null);
      // Built in the worker: the 300-node mesh's neighbour search is too long for the page's thread.
      void a.client.preset(p).then((r) => {
        if (r.ok) {
          setSelectedNode(null);
          setSelectedLink(null);
          setEpoch((e) => e + 1);
          replace(r.value, firstPair(r.value));
        }
      });
    },
    [a.client, replace],
  );
  // A preset named by the address (not the default chain, which is already here).
  useEffect(() => {
    if (fromUrl && 'preset' in fromUrl && fromUrl.preset !== INITIAL) loadPreset(fromUrl.preset);
  }, [fromUrl, loadPreset]);
  // Every change of the map goes back into the address, a moment later (a drag writes once it pauses).
  useEffect(() => {
    const timer = window.setTimeout(
      () => writeNetworkHash(window, networkHash(topology, isEdited ? null : preset)),
      400,
    );
    return () => window.clearTimeout(timer);
  }, [topology, preset, isEdited]);
  const onEdit = useCallback(
    (edit: Edit) => {
      const r = edit(current.current);
      if (typeof r === 'string') return r;
      setEdited(true);
      replace(r);
      return null;
    },
    [replace],
  );
  const onReplace = useCallback(
    (t: Topology) => {
      setEdited(true);
      setSelectedNode(null);
      setSelectedLink(null);
      setEpoch((e) => e + 1);
      replace(t, firstPair(t));
    },
    [replace],
  );
  const getTopology = useCallback(() => current.current, []);
  const onMove = useCallback(
    (nodeId: string, x: number, y: number) => {
      setEdited(true);
      setTopology(moveNode(current.current, nodeId, x, y));
    },
    [setTopology],
  );
  const selectNode = useCallback((nodeId: string | null) => setSelectedNode(nodeId), []);
  const selectLink = useCallback((i: number | null) => setSelectedLink(i), []);

  return (
    <div className="network">
      <p className="muted">{text.intro}</p>
      <div className="network-row">
        <label htmlFor={`${id}-preset`}>{text.presetLabel}</label>
        <select
          id={`${id}-preset`}
          value={preset}
          onChange={(e) => {
            if (isNetworkPresetId(e.target.value)) loadPreset(e.target.value);
          }}
        >
          {NETWORK_PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {text.presets[p]}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">{text.hardwareNote}</p>
      {fromUrl && 'error' in fromUrl && (
        <p role="alert">
          {text.urlFailed(
            fromUrl.error === 'damaged' ? text.addressDamaged : describeTopologyFault(fromUrl.error, locale),
          )}
        </p>
      )}
      <NodeList id={listId} ids={nodeIds} />
      <div className="network-body">
        <NetworkMap
          topology={topology}
          rates={rates}
          highlightLinks={pathLinks}
          endpoints={endpoints}
          relays={relays}
          selectedNode={selectedNode}
          selectedLink={selectedLink}
          label={text.mapLabel(formatCount(topology.nodes.length), formatCount(topology.links.length))}
          onSelectNode={selectNode}
          onSelectLink={selectLink}
          onMove={onMove}
        />
        <div className="network-side">
          {a.error ? (
            <p role="alert">
              {text.failed(typeof a.error === 'string' ? a.error : describeTopologyFault(a.error, locale))}
            </p>
          ) : (
            a.computing && !result && <p className="muted">{text.computing}</p>
          )}
          <EndToEnd
            seed={seed}
            listId={listId}
            known={known}
            pair={pair}
            demand={demand}
            connected={a.connected}
            onPair={setPair}
          />
          <NetworkEditor
            key={epoch}
            nodeIds={nodeIds}
            known={known}
            listId={listId}
            links={topology.links}
            linkResults={result?.links ?? null}
            selectedNode={selectedNode}
            selectedLink={selectedLink}
            onEdit={onEdit}
            onReplace={onReplace}
            getTopology={getTopology}
            onSelectNode={selectNode}
            onSelectLink={selectLink}
          />
        </div>
      </div>
      <BufferDayView
        day={a.answer?.day ?? null}
        computeMs={a.answer?.computeMs ?? null}
        selectedLink={selectedLink}
        link={selectedLink !== null ? (topology.links[selectedLink] ?? null) : null}
        client={a.client}
      />
    </div>
  );
}
