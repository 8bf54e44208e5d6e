// The trusted-node network view: a preset or an edited map of nodes and fiber links, each link's key rate from
// the link model, the end-to-end key of a chosen pair by one-time-pad relay (max-flow), a day of key buffers and
// a Monte-Carlo run of one link on demand. The computing happens in a worker (workers/network).
import { useCallback, useId, useMemo, useState } from 'react';
import { formatBitRate, formatCount, formatSignificant } from '../format/formatNumber';
import { networkText } from '../i18n/text/network';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { NETWORK_PRESET_IDS, isNetworkPresetId, networkPreset, type NetworkPresetId } from '../../workers/network/networkPresets';
import type { Demand, Topology } from '../../workers/network/topology';
import type { SweepPoint } from '../../workers/theory/sweep';
import { EndToEnd, relayNodes } from './EndToEnd';
import { NetworkEditor } from './NetworkEditor';
import { NetworkMap } from './NetworkMap';
import { moveNode } from './networkEdit';
import { DAY_HOURS, useNetworkAnalysis } from './useNetworkAnalysis';
import './network.css';

const firstPair = (t: Topology): Demand => t.demands[0] ?? { from: t.nodes[0]?.id ?? '', to: t.nodes.at(-1)?.id ?? '' };

export default function NetworkPanel() {
  const text = useText(networkText);
  const id = useId();
  const params = useAppState((s) => s.params);
  const presetId = useAppState((s) => s.presetId);
  const seed = useAppState((s) => s.seed);
  const [preset, setPreset] = useState<NetworkPresetId>('chain-cities');
  const [topology, setTopology] = useState<Topology>(() => networkPreset('chain-cities'));
  const [pair, setPair] = useState<Demand>(() => firstPair(networkPreset('chain-cities')));
  const [selectedNode, setSelectedNode] = useState<string | null>(null);
  const [selectedLink, setSelectedLink] = useState<number | null>(null);
  const [hour, setHour] = useState(DAY_HOURS);
  const [mc, setMc] = useState<{ running: boolean; point?: SweepPoint; error?: string }>({ running: false });
  const a = useNetworkAnalysis(topology, pair, params, presetId);
  const result = a.answer?.result ?? null;
  const demand = result?.demands[0] ?? null;
  const rates = useMemo(() => result?.links.map((l) => l.secretKeyRateBps) ?? null, [result]);
  const pathLinks = useMemo(() => new Set(demand?.pathLinks.flat() ?? []), [demand]);
  const relays = useMemo(() => new Set(relayNodes(demand)), [demand]);

  const loadPreset = (p: NetworkPresetId) => {
    const t = networkPreset(p);
    setPreset(p); setTopology(t); setPair(firstPair(t)); setSelectedNode(null); setSelectedLink(null); setMc({ running: false });
  };
  const onChange = useCallback((t: Topology) => {
    setTopology(t);
    // A removed end of the pair falls back to the map's first and last node.
    setPair((p) => (t.nodes.some((n) => n.id === p.from) && t.nodes.some((n) => n.id === p.to) ? p : firstPair({ ...t, demands: [] })));
  }, []);
  const onMove = useCallback((nodeId: string, x: number, y: number) => setTopology((t) => moveNode(t, nodeId, x, y)), []);
  const selectNode = useCallback((nodeId: string | null) => { setSelectedNode(nodeId); }, []);
  const selectLink = useCallback((i: number | null) => { setSelectedLink(i); setMc({ running: false }); }, []);

  const runMc = () => {
    const link = selectedLink !== null ? topology.links[selectedLink] : undefined;
    if (!link) return setMc({ running: false, error: text.mcNone });
    setMc({ running: true });
    a.client.measureLink(params, link.lengthKm, seed).then(
      (r) => setMc(r.ok ? { running: false, point: r.value } : { running: false, error: r.error }),
      (e: unknown) => setMc({ running: false, error: String(e) }),
    );
  };

  // Buffers at the chosen hour: the sample at or just before it.
  const day = a.answer?.day ?? null;
  const sample = day ? Math.max(0, Math.min(day.timesH.length - 1, Math.round((hour / DAY_HOURS) * (day.timesH.length - 1)))) : 0;
  const held = day ? day.linkBits.subarray(sample * day.linkCount, (sample + 1) * day.linkCount).reduce((s, x) => s + x, 0) : 0;
  const delivered = day && day.demandBits.length ? day.demandBits[sample] : 0;
  const linkBuffer = day && selectedLink !== null && selectedLink < day.linkCount ? day.linkBits[sample * day.linkCount + selectedLink] : null;
  const rep = params.repetitionRateHz;

  return (
    <div className="network">
      <p className="muted">{text.intro}</p>
      <div className="network-row">
        <label htmlFor={`${id}-preset`}>{text.presetLabel}</label>
        <select id={`${id}-preset`} value={preset} onChange={(e) => { if (isNetworkPresetId(e.target.value)) loadPreset(e.target.value); }}>
          {NETWORK_PRESET_IDS.map((p) => <option key={p} value={p}>{text.presets[p]}</option>)}
        </select>
      </div>
      <p className="muted">{text.hardwareNote}</p>
      <div className="network-body">
        <NetworkMap topology={topology} rates={rates} highlightLinks={pathLinks} endpoints={[pair.from, pair.to]} relays={relays}
          selectedNode={selectedNode} selectedLink={selectedLink} label={text.mapLabel(formatCount(topology.nodes.length), formatCount(topology.links.length))}
          onSelectNode={selectNode} onSelectLink={selectLink} onMove={onMove} />
        <div className="network-side">
          {a.error ? <p role="alert">{text.failed(a.error)}</p> : a.computing && !result && <p className="muted">{text.computing}</p>}
          <EndToEnd topology={topology} pair={pair} demand={a.connected ? demand : null} connected={a.connected} onPair={setPair} />
          <NetworkEditor topology={topology} links={result?.links ?? null} selectedNode={selectedNode} selectedLink={selectedLink}
            onChange={onChange} onSelectNode={selectNode} onSelectLink={selectLink} />
        </div>
      </div>
      <h3>{text.buffersHeading}</h3>
      <div className="network-row">
        <label htmlFor={`${id}-hour`}>{text.timeLabel}</label>
        <input id={`${id}-hour`} type="range" min={0} max={DAY_HOURS} step={0.25} value={hour} onChange={(e) => setHour(Number(e.target.value))} />
        <output htmlFor={`${id}-hour`}>{formatSignificant(hour, 3)} h</output>
      </div>
      {day && <p>{text.bufferSummary(formatSignificant(hour, 3), formatCount(Math.floor(held)), formatCount(Math.floor(delivered)))}</p>}
      {linkBuffer !== null && <p>{text.bufferOfLink(formatCount(Math.floor(linkBuffer)))}</p>}
      {a.answer && <p className="muted">{text.computedIn(formatSignificant(a.answer.computeMs, 3))}</p>}
      <div className="network-row">
        <button type="button" onClick={runMc} disabled={mc.running || selectedLink === null}>{text.mcButton}</button>
      </div>
      <p role="status" aria-live="polite">
        {mc.running ? text.mcRunning : mc.error ? mc.error : mc.point
          ? text.mcResult(formatBitRate(mc.point.bitsPerPulse * rep), formatBitRate(mc.point.bitsPerPulseError * rep), formatBitRate(mc.point.expectedBitsPerPulse * rep), formatCount(mc.point.blocks))
          : selectedLink === null ? text.mcNone : ''}
      </p>
    </div>
  );
}
