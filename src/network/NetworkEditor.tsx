// Editing a network with the keyboard or the mouse: add and remove nodes, link two nodes with a length (or, when
// they are linked, change that length or remove the link), save the map as JSON and load one back (checked like
// the CLI's files). Edits arrive as functions of the current map, so a drag on the map never re-renders this.
import { memo, useEffect, useId, useState, type ChangeEvent } from 'react';
import { formatBitRate, formatSignificant } from '../format/formatNumber';
import { describeTopologyFault, networkText } from '../i18n/text/network';
import { useLocale, useText } from '../i18n/useText';
import { saveFile } from '../export/saveFile';
import type { LinkResult } from '../../workers/network/analyse';
import {
  parseTopology,
  topologyJson,
  TopologyError,
  type NetLink,
  type Topology,
} from '../../workers/network/topology';
import { addLink, addNode, removeLink, removeNode, setLinkLength, type EditRefusal } from './networkEdit';
import { NodeField } from './NodeField';

export type Edit = (t: Topology) => Topology | EditRefusal;

interface Props {
  nodeIds: readonly string[];
  known: ReadonlySet<string>;
  listId: string;
  links: readonly NetLink[];
  linkResults: readonly LinkResult[] | null;
  selectedNode: string | null;
  selectedLink: number | null;
  /** Applies an edit to the current map; returns the refusal, if any. */
  onEdit: (edit: Edit) => EditRefusal | null;
  onReplace: (t: Topology) => void;
  getTopology: () => Topology;
  onSelectNode: (id: string | null) => void;
  onSelectLink: (index: number | null) => void;
}

const MAX_FILE_BYTES = 2 * 1024 * 1024;

export const NetworkEditor = memo(function NetworkEditor(p: Props) {
  const text = useText(networkText);
  const locale = useLocale();
  const id = useId();
  const [from, setFrom] = useState(p.nodeIds[0] ?? '');
  const [to, setTo] = useState(p.nodeIds[1] ?? '');
  const [length, setLength] = useState('50');
  const [message, setMessage] = useState<string | null>(null);
  // A clicked link fills the pair; the pair names the link the length applies to.
  const selected = p.selectedLink !== null ? p.links[p.selectedLink] : undefined;
  const [shownLink, setShownLink] = useState<number | null>(null);
  if (p.selectedLink !== shownLink) {
    setShownLink(p.selectedLink);
    if (selected) {
      setFrom(selected.from);
      setTo(selected.to);
      setLength(String(selected.lengthKm));
    }
  }
  const linkIndex = p.links.findIndex((l) => (l.from === from && l.to === to) || (l.from === to && l.to === from));
  const facts = linkIndex >= 0 ? p.linkResults?.[linkIndex] : undefined;
  // Naming two linked nodes selects their link (the keyboard's way to pick one for the Monte-Carlo run).
  const { onSelectLink, selectedLink } = p;
  useEffect(() => {
    if (linkIndex >= 0 && linkIndex !== selectedLink) onSelectLink(linkIndex);
  }, [linkIndex, selectedLink, onSelectLink]);
  const km = length.trim() === '' ? NaN : Number(length);
  const say = (r: EditRefusal | null) =>
    setMessage(
      r === null
        ? null
        : r === 'length-invalid'
          ? text.lengthInvalid
          : r === 'link-exists'
            ? text.linkExists
            : text.sameNode,
    );

  const onAddNode = () => {
    let added = '';
    const near = p.selectedNode;
    p.onEdit((t) => {
      const at = t.nodes.find((n) => n.id === near);
      const r = addNode(t, Math.min(980, (at?.x ?? 480) + 40), Math.min(980, (at?.y ?? 480) + 40));
      added = r.id;
      return r.topology;
    });
    p.onSelectNode(added);
    if (near) setFrom(near);
    setTo(added);
  };
  const onLoad = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setMessage(text.fileTooLarge);
    try {
      const loaded = parseTopology(JSON.parse(await file.text()));
      setMessage(null);
      p.onReplace(loaded);
    } catch (err) {
      // The reader's fault in the page's language; a JSON syntax error keeps the browser's own detail.
      const why =
        err instanceof TopologyError
          ? describeTopologyFault(err.fault, locale)
          : err instanceof SyntaxError
            ? text.notJson(err.message)
            : String(err);
      setMessage(text.loadFailed(why));
    }
  };

  return (
    <div className="network-editor">
      <h3>{text.nodesHeading}</h3>
      <div className="network-row">
        <NodeField
          label={text.selectedNode}
          value={p.selectedNode ?? ''}
          listId={p.listId}
          known={p.known}
          unknownText={text.unknownNode}
          onChange={p.onSelectNode}
        />
        <button type="button" onClick={onAddNode}>
          {text.addNode}
        </button>
        <button
          type="button"
          disabled={!p.selectedNode || p.nodeIds.length <= 1}
          onClick={() => {
            const n = p.selectedNode;
            if (n) {
              p.onEdit((t) => removeNode(t, n));
              p.onSelectNode(null);
              p.onSelectLink(null);
            }
          }}
        >
          {text.removeNode}
        </button>
      </div>
      <div className="network-row">
        <NodeField
          label={text.linkFrom}
          value={from}
          listId={p.listId}
          known={p.known}
          unknownText={text.unknownNode}
          onChange={setFrom}
        />
        <NodeField
          label={text.linkTo}
          value={to}
          listId={p.listId}
          known={p.known}
          unknownText={text.unknownNode}
          onChange={setTo}
        />
        <label htmlFor={`${id}-len`}>{text.linkLength}</label>
        <input
          id={`${id}-len`}
          type="number"
          min={0}
          max={400}
          step={1}
          value={length}
          onChange={(e) => setLength(e.target.value)}
        />
        {linkIndex < 0 ? (
          <button type="button" onClick={() => say(p.onEdit((t) => addLink(t, from, to, km)))}>
            {text.addLink}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => say(p.onEdit((t) => setLinkLength(t, linkIndex, km)))}>
              {text.setLength}
            </button>
            <button
              type="button"
              onClick={() => {
                p.onEdit((t) => removeLink(t, linkIndex));
                p.onSelectLink(null);
              }}
            >
              {text.removeLink}
            </button>
          </>
        )}
      </div>
      {facts && linkIndex >= 0 && (
        <p className="muted">
          {text.linkFacts(
            formatSignificant(p.links[linkIndex].lengthKm, 4),
            formatSignificant(facts.lossDb, 3),
            formatBitRate(facts.secretKeyRateBps),
            formatSignificant(facts.qber, 3),
          )}
        </p>
      )}
      {message && (
        <p className="network-message" role="alert">
          {message}
        </p>
      )}
      <div className="network-row">
        <button
          type="button"
          onClick={() =>
            saveFile(new Blob([topologyJson(p.getTopology())], { type: 'application/json' }), 'qkd-network.json')
          }
        >
          {text.saveJson}
        </button>
        <label className="network-file">
          {text.loadJson}
          <input type="file" accept="application/json,.json" onChange={(e) => void onLoad(e)} />
        </label>
      </div>
    </div>
  );
});
