// Editing a network with the keyboard or the mouse: add and remove nodes, link two nodes with a length, pick a
// link to change its length or remove it, save the map as JSON and load one back (checked like the CLI's files).
import { useId, useState, type ChangeEvent } from 'react';
import { formatBitRate, formatSignificant } from '../format/formatNumber';
import { networkText } from '../i18n/text/network';
import { useText } from '../i18n/useText';
import { saveFile } from '../export/saveFile';
import type { LinkResult } from '../../workers/network/analyse';
import { parseTopology, topologyJson, TopologyError, type Topology } from '../../workers/network/topology';
import { addLink, addNode, removeLink, removeNode, setLinkLength, suggestedLength, type EditRefusal } from './networkEdit';

interface Props {
  topology: Topology;
  links: readonly LinkResult[] | null;
  selectedNode: string | null;
  selectedLink: number | null;
  onChange: (t: Topology) => void;
  onSelectNode: (id: string | null) => void;
  onSelectLink: (index: number | null) => void;
}

const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** The selected link's length; keyed by link, so picking another link starts from that link's length. */
function LengthEditor({ initial, onSet, onRemove }: { initial: number; onSet: (km: number) => void; onRemove: () => void }) {
  const text = useText(networkText);
  const id = useId();
  const [value, setValue] = useState(String(initial));
  return (
    <>
      <label htmlFor={id}>{text.linkLength}</label>
      <input id={id} type="number" min={0} max={400} step={1} value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="button" onClick={() => onSet(value.trim() === '' ? NaN : Number(value))}>{text.setLength}</button>
      <button type="button" onClick={onRemove}>{text.removeLink}</button>
    </>
  );
}

export function NetworkEditor(p: Props) {
  const text = useText(networkText);
  const id = useId();
  const t = p.topology;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [length, setLength] = useState('50');
  const [message, setMessage] = useState<string | null>(null);
  const refusal = (r: EditRefusal) => setMessage(r === 'length-invalid' ? text.lengthInvalid : r === 'link-exists' ? text.linkExists : text.sameNode);
  const apply = (r: Topology | EditRefusal) => {
    if (typeof r === 'string') return refusal(r);
    setMessage(null);
    p.onChange(r);
  };
  const linkFrom = from || t.nodes[0]?.id || '';
  const linkTo = to || t.nodes[1]?.id || '';
  const link = p.selectedLink !== null ? t.links[p.selectedLink] : undefined;
  const facts = p.selectedLink !== null ? p.links?.[p.selectedLink] : undefined;

  const onAddNode = () => {
    // Near the selected node, or the middle of the map: the person drags it where it belongs.
    const near = t.nodes.find((n) => n.id === p.selectedNode);
    const r = addNode(t, Math.min(980, (near?.x ?? 480) + 40), Math.min(980, (near?.y ?? 480) + 40));
    p.onChange(r.topology);
    p.onSelectNode(r.id);
    setTo(r.id);
    if (near) setFrom(near.id);
  };
  const onLoad = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setMessage(text.fileTooLarge);
    try {
      const loaded = parseTopology(JSON.parse(await file.text()));
      setMessage(null);
      p.onChange(loaded);
      p.onSelectNode(null);
      p.onSelectLink(null);
    } catch (err) {
      setMessage(text.loadFailed(err instanceof TopologyError || err instanceof SyntaxError ? err.message : String(err)));
    }
  };

  return (
    <div className="network-editor">
      <h3>{text.nodesHeading}</h3>
      <div className="network-row">
        <label htmlFor={`${id}-node`}>{text.selectedNode}</label>
        <select id={`${id}-node`} value={p.selectedNode ?? ''} onChange={(e) => p.onSelectNode(e.target.value || null)}>
          <option value="">{text.none}</option>
          {t.nodes.map((n) => <option key={n.id} value={n.id}>{n.id}</option>)}
        </select>
        <button type="button" onClick={onAddNode}>{text.addNode}</button>
        <button type="button" disabled={!p.selectedNode || t.nodes.length <= 1} onClick={() => { if (p.selectedNode) { p.onChange(removeNode(t, p.selectedNode)); p.onSelectNode(null); p.onSelectLink(null); } }}>{text.removeNode}</button>
      </div>
      <div className="network-row">
        <label htmlFor={`${id}-from`}>{text.linkFrom}</label>
        <select id={`${id}-from`} value={linkFrom} onChange={(e) => setFrom(e.target.value)}>
          {t.nodes.map((n) => <option key={n.id} value={n.id}>{n.id}</option>)}
        </select>
        <label htmlFor={`${id}-to`}>{text.linkTo}</label>
        <select id={`${id}-to`} value={linkTo} onChange={(e) => { setTo(e.target.value); setLength(String(suggestedLength(t, linkFrom, e.target.value))); }}>
          {t.nodes.map((n) => <option key={n.id} value={n.id}>{n.id}</option>)}
        </select>
        <label htmlFor={`${id}-len`}>{text.linkLength}</label>
        <input id={`${id}-len`} type="number" min={0} max={400} step={1} value={length} onChange={(e) => setLength(e.target.value)} />
        <button type="button" onClick={() => apply(addLink(t, linkFrom, linkTo, length.trim() === '' ? NaN : Number(length)))}>{text.addLink}</button>
      </div>
      <div className="network-row">
        <label htmlFor={`${id}-link`}>{text.selectedLink}</label>
        <select id={`${id}-link`} value={p.selectedLink ?? ''} onChange={(e) => p.onSelectLink(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{text.none}</option>
          {t.links.map((l, i) => <option key={`${l.from}|${l.to}|${i}`} value={i}>{`${l.from} – ${l.to}`}</option>)}
        </select>
        {link && p.selectedLink !== null && (
          <LengthEditor key={`${p.selectedLink}|${link.lengthKm}`} initial={link.lengthKm} onSet={(km) => apply(setLinkLength(t, p.selectedLink!, km))}
            onRemove={() => { p.onChange(removeLink(t, p.selectedLink!)); p.onSelectLink(null); }} />
        )}
      </div>
      {facts && link && <p className="muted">{text.linkFacts(formatSignificant(link.lengthKm, 4), formatSignificant(facts.lossDb, 3), formatBitRate(facts.secretKeyRateBps), formatSignificant(facts.qber, 3))}</p>}
      {message && <p className="network-message" role="alert">{message}</p>}
      <div className="network-row">
        <button type="button" onClick={() => saveFile(new Blob([topologyJson(t)], { type: 'application/json' }), 'qkd-network.json')}>{text.saveJson}</button>
        <label className="network-file">
          {text.loadJson}
          <input type="file" accept="application/json,.json" onChange={(e) => void onLoad(e)} />
        </label>
      </div>
    </div>
  );
}
