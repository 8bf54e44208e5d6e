// The network map, drawn on a canvas with d3 scales so 300 nodes and 600 links redraw in a few milliseconds:
// links thicker for more key per second and dashed when they give none, the chosen pair's paths highlighted.
// Drag a node or click a link with the mouse; with the keyboard, arrows move the selected node.
import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear, scaleLog } from 'd3';
import { useElementWidth } from '../plots/useElementWidth';
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

function frame(t: Topology): [number, number, number, number] {
  if (t.nodes.length === 0) return [0, 0, SIZE, SIZE];
  const xs = t.nodes.map((n) => n.x),
    ys = t.nodes.map((n) => n.y);
  const pad = 70;
  // More room on the right, where the names are written.
  let x0 = Math.max(0, Math.min(...xs) - pad),
    x1 = Math.min(SIZE + 60, Math.max(...xs) + 2 * pad);
  let y0 = Math.max(0, Math.min(...ys) - pad),
    y1 = Math.min(SIZE, Math.max(...ys) + pad);
  if (!(x1 - x0 > 100)) {
    x0 = 0;
    x1 = SIZE;
  }
  // At least a third as high as wide, so a chain does not become a thin strip.
  const minH = (x1 - x0) / 3;
  if (y1 - y0 < minH) {
    const c = (y0 + y1) / 2;
    y0 = c - minH / 2;
    y1 = c + minH / 2;
  }
  return [x0, y0, x1, y1];
}

const distToSegment = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
  const dx = bx - ax,
    dy = by - ay,
    len2 = dx * dx + dy * dy;
  const u = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - ax - u * dx, py - ay - u * dy);
};

export const NetworkMap = memo(function NetworkMap(p: NetworkMapProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(wrapRef, 600);
  const { topology: t } = p;
  // The frame follows the nodes as they were when the set of nodes last changed, so a drag never rescales it.
  const ids = t.nodes.map((n) => n.id).join('\u0000');
  // Positions at the last change of the node set, not at every edit of a length.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const box = useMemo(() => frame(t), [ids]);
  const height = Math.round((width * (box[3] - box[1])) / (box[2] - box[0]));
  const sx = useMemo(() => scaleLinear().domain([box[0], box[2]]).range([0, width]), [box, width]);
  const sy = useMemo(() => scaleLinear().domain([box[1], box[3]]).range([0, height]), [box, height]);
  const many = t.nodes.length > 40;
  const radius = many ? 4 : 8;
  const thickness = useMemo(() => {
    const positive = (p.rates ?? []).filter((r) => r > 0);
    const lo = Math.max(1e-3, Math.min(...positive, 1)),
      hi = Math.max(...positive, lo * 10);
    return scaleLog()
      .domain([lo, hi])
      .range([1.2, many ? 4 : 7])
      .clamp(true);
  }, [p.rates, many]);
  const index = useMemo(() => new Map(t.nodes.map((n) => [n.id, n])), [t.nodes]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    // One draw per frame however many moves arrive; strokes batched by look (a few paths, not 600 strokes).
    const frameId = requestAnimationFrame(() => {
      const dpr = window.devicePixelRatio || 1;
      const w = Math.round(width * dpr),
        h = Math.round(height * dpr);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const css = getComputedStyle(canvas);
      const color = (name: string) => css.getPropertyValue(name).trim() || '#555';
      const [muted, path, selected, text, surface] = ['--muted', '--series-z', '--series-x', '--text', '--surface'].map(
        color,
      );
      ctx.clearRect(0, 0, width, height);
      ctx.lineCap = 'round';
      const groups = new Map<string, { color: string; dash: boolean; width: number; segs: number[] }>();
      t.links.forEach((l, i) => {
        const a = index.get(l.from),
          b = index.get(l.to);
        if (!a || !b) return;
        const rate = p.rates?.[i] ?? null;
        const c = p.selectedLink === i ? selected : p.highlightLinks.has(i) ? path : muted;
        const lw = Math.round(2 * ((rate && rate > 0 ? thickness(rate) : 1.2) + (p.selectedLink === i ? 2 : 0))) / 2;
        const key = `${c}|${rate === 0}|${lw}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { color: c, dash: rate === 0, width: lw, segs: [] }));
        g.segs.push(sx(a.x), sy(a.y), sx(b.x), sy(b.y));
      });
      // Highlighted and selected links last, on top.
      const order = [...groups.values()].sort(
        (g1, g2) =>
          Number(g1.color !== muted) - Number(g2.color !== muted) ||
          Number(g1.color === selected) - Number(g2.color === selected),
      );
      for (const g of order) {
        ctx.setLineDash(g.dash ? [6, 6] : []);
        ctx.strokeStyle = g.color;
        ctx.lineWidth = g.width;
        ctx.beginPath();
        for (let k = 0; k < g.segs.length; k += 4) {
          ctx.moveTo(g.segs[k], g.segs[k + 1]);
          ctx.lineTo(g.segs[k + 2], g.segs[k + 3]);
        }
        ctx.stroke();
      }
      ctx.setLineDash([]);
      ctx.font = '12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      // Lengths only where they fit: a handful of links.
      if (t.links.length <= 20) {
        ctx.fillStyle = text;
        for (const l of t.links) {
          const a = index.get(l.from),
            b = index.get(l.to);
          if (a && b) ctx.fillText(`${l.lengthKm} km`, (sx(a.x) + sx(b.x)) / 2, (sy(a.y) + sy(b.y)) / 2 + 16);
        }
      }
      const fills: Record<string, Path2D> = {};
      const rims = new Path2D();
      for (const n of t.nodes) {
        const isEnd = p.endpoints.includes(n.id);
        const fill = isEnd ? path : p.relays.has(n.id) ? selected : surface;
        const dot = new Path2D();
        dot.arc(sx(n.x), sy(n.y), isEnd ? radius * 1.5 : radius, 0, 2 * Math.PI);
        (fills[fill] ??= new Path2D()).addPath(dot);
        rims.addPath(dot);
      }
      for (const [fill, shape] of Object.entries(fills)) {
        ctx.fillStyle = fill;
        ctx.fill(shape);
      }
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = text;
      ctx.stroke(rims);
      const chosen = p.selectedNode ? index.get(p.selectedNode) : undefined;
      if (chosen) {
        ctx.lineWidth = 4;
        ctx.beginPath();
        ctx.arc(sx(chosen.x), sy(chosen.y), radius + 3, 0, 2 * Math.PI);
        ctx.stroke();
      }
      ctx.textAlign = 'left';
      ctx.fillStyle = text;
      for (const n of t.nodes) {
        if (!many || p.endpoints.includes(n.id) || p.selectedNode === n.id)
          ctx.fillText(n.id, sx(n.x) + radius + 3, sy(n.y) - radius - 2);
      }
    });
    return () => cancelAnimationFrame(frameId);
  }, [
    t,
    p.rates,
    p.highlightLinks,
    p.endpoints,
    p.relays,
    p.selectedNode,
    p.selectedLink,
    width,
    height,
    sx,
    sy,
    thickness,
    index,
    many,
    radius,
  ]);

  const dragging = useRef<string | null>(null);
  const toMap = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return {
      x: sx.invert(e.clientX - r.left),
      y: sy.invert(e.clientY - r.top),
      px: e.clientX - r.left,
      py: e.clientY - r.top,
    };
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    const m = toMap(e);
    let best: { id: string; d: number } | null = null;
    for (const n of t.nodes) {
      const d = Math.hypot(sx(n.x) - m.px, sy(n.y) - m.py);
      if (d <= radius + 8 && (!best || d < best.d)) best = { id: n.id, d };
    }
    if (best) {
      dragging.current = best.id;
      e.currentTarget.setPointerCapture(e.pointerId);
      p.onSelectNode(best.id);
      return;
    }
    let link: { i: number; d: number } | null = null;
    t.links.forEach((l, i) => {
      const a = index.get(l.from),
        b = index.get(l.to);
      if (!a || !b) return;
      const d = distToSegment(m.px, m.py, sx(a.x), sy(a.y), sx(b.x), sy(b.y));
      if (d <= 8 && (!link || d < link.d)) link = { i, d };
    });
    if (link) p.onSelectLink((link as { i: number }).i);
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!dragging.current) return;
    const m = toMap(e);
    p.onMove(dragging.current, m.x, m.y);
  };
  const onPointerUp = () => {
    dragging.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const n = p.selectedNode ? index.get(p.selectedNode) : undefined;
    const step = e.shiftKey ? 50 : 10;
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
    if (!n || !d) return;
    e.preventDefault();
    p.onMove(n.id, n.x + d[0], n.y + d[1]);
  };

  return (
    <div ref={wrapRef} className="network-map-wrap">
      <canvas
        ref={canvasRef}
        className="network-map"
        style={{ width: `${width}px`, height: `${height}px` }}
        role="img"
        aria-label={p.label}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
      />
    </div>
  );
});
