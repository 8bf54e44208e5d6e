// The network map (d3 + SVG): nodes you can drag and click, fiber links drawn thicker for more key per second
// and dashed when they give none, the chosen pair's relay paths highlighted. Keyboard users edit through the
// forms beside it; the map itself is one labelled image for screen readers.
import { useEffect, useMemo, useRef } from 'react';
import { drag, scaleLinear, scaleLog, select } from 'd3';
import type { Topology } from '../../workers/network/topology';

export interface NetworkMapProps {
  topology: Topology;
  /** Secret key rate of each link (bit/s), or null while computing. */
  rates: readonly number[] | null;
  highlightLinks: ReadonlySet<number>;
  endpoints: readonly string[];
  relays: ReadonlySet<string>;
  selectedNode: string | null;
  selectedLink: number | null;
  label: string;
  onSelectNode: (id: string) => void;
  onSelectLink: (index: number) => void;
  onMove: (id: string, x: number, y: number) => void;
}

const SIZE = 1000;

export function NetworkMap(p: NetworkMapProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { topology: t } = p;
  const position = useMemo(() => new Map(t.nodes.map((n) => [n.id, n])), [t.nodes]);
  const many = t.nodes.length > 40;
  const radius = many ? 6 : 11;
  const width = useMemo(() => {
    const positive = (p.rates ?? []).filter((r) => r > 0);
    const lo = Math.max(1e-3, Math.min(...positive, 1)), hi = Math.max(...positive, lo * 10);
    return scaleLog().domain([lo, hi]).range([1.5, many ? 5 : 9]).clamp(true);
  }, [p.rates, many]);
  // Map units to the drawing; the view box does the scaling, the scale keeps drag maths in one place.
  const toMap = useMemo(() => scaleLinear().domain([0, SIZE]).range([0, SIZE]).clamp(true), []);

  // d3's drag on the node circles: it reports map coordinates; React redraws from the topology.
  const onMove = useRef(p.onMove);
  const onSelect = useRef(p.onSelectNode);
  useEffect(() => { onMove.current = p.onMove; onSelect.current = p.onSelectNode; });
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = drag<SVGCircleElement, unknown>()
      .container(svg)
      .on('start', function () { onSelect.current(this.dataset.id ?? ''); })
      .on('drag', function (event: { x: number; y: number }) { onMove.current(this.dataset.id ?? '', toMap(event.x), toMap(event.y)); });
    select(svg).selectAll<SVGCircleElement, unknown>('circle.net-node').call(behaviour);
  }, [t.nodes, toMap]);

  return (
    <svg ref={svgRef} className="network-map" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={p.label}>
      <g aria-hidden="true">
        {t.links.map((l, i) => {
          const a = position.get(l.from), b = position.get(l.to);
          if (!a || !b) return null;
          const rate = p.rates?.[i] ?? null;
          const cls = ['net-link', rate === 0 ? 'is-dead' : '', p.highlightLinks.has(i) ? 'is-path' : '', p.selectedLink === i ? 'is-selected' : ''].join(' ');
          return (
            <g key={`${l.from}|${l.to}|${i}`} className="net-link-group" onClick={() => p.onSelectLink(i)}>
              <line className="net-link-hit" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
              <line className={cls} x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={rate && rate > 0 ? width(rate) : 1.5} />
              {!many && <text className="net-link-label" x={(a.x + b.x) / 2} y={(a.y + b.y) / 2 - 8}>{l.lengthKm} km</text>}
            </g>
          );
        })}
        {t.nodes.map((n) => {
          const cls = ['net-node', p.endpoints.includes(n.id) ? 'is-end' : '', p.relays.has(n.id) ? 'is-relay' : '', p.selectedNode === n.id ? 'is-selected' : ''].join(' ');
          return <circle key={n.id} data-id={n.id} className={cls} cx={n.x} cy={n.y} r={p.endpoints.includes(n.id) ? radius * 1.4 : radius} />;
        })}
        {t.nodes.map((n) => (!many || p.endpoints.includes(n.id) || p.selectedNode === n.id) && (
          <text key={`label-${n.id}`} className="net-node-label" x={n.x + radius + 4} y={n.y - radius - 2}>{n.id}</text>
        ))}
      </g>
    </svg>
  );
}
