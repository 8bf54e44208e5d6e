// The day of key buffers as a small plot: key held in all link buffers and key delivered to the chosen pair over
// the simulated hours (d3 scales, SVG; bits on a log axis), with a marker at the hour the slider shows.
import { memo, useMemo } from 'react';
import { line, max, min, scaleLinear, scaleLog } from 'd3';
import { formatCount, formatRateNumber } from '../format/formatNumber';
import { networkText } from '../i18n/text/network';
import { useText } from '../i18n/useText';
import type { BufferDay } from '../../workers/network/bufferDay';

const W = 560,
  H = 180,
  M = { l: 52, r: 12, t: 10, b: 28 };

export const BufferPlot = memo(function BufferPlot({ day, hour }: { day: BufferDay; hour: number }) {
  const text = useText(networkText);
  const series = useMemo(() => {
    const n = day.timesH.length,
      L = day.linkCount;
    const held = Array.from({ length: n }, (_, i) => {
      let s = 0;
      for (let l = 0; l < L; l++) s += day.linkBits[i * L + l];
      return s;
    });
    const delivered = Array.from({ length: n }, (_, i) =>
      day.demandBits.length ? day.demandBits[i * (day.demandBits.length / n)] : 0,
    );
    return { held, delivered };
  }, [day]);
  const x = scaleLinear()
    .domain([0, day.timesH[day.timesH.length - 1] || 1])
    .range([M.l, W - M.r]);
  // Log scale: what the buffers hold and what one pair receives differ by orders of magnitude.
  const all = [...series.held, ...series.delivered].filter((v) => v > 0);
  const top = Math.max(10, max(all) ?? 10);
  const y = scaleLog()
    .domain([Math.max(1, Math.min(top / 1e4, min(all) ?? 1)), top])
    .nice()
    .clamp(true)
    .range([H - M.b, M.t]);
  const path = (ys: number[]) =>
    line<number>()
      .x((_, i) => x(day.timesH[i]))
      .y((v) => y(v))(ys) ?? '';
  const end = series.held.length - 1;
  return (
    <svg
      className="network-buffer-plot"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={text.bufferPlotLabel(
        formatCount(Math.floor(series.held[end] ?? 0)),
        formatCount(Math.floor(series.delivered[end] ?? 0)),
      )}
    >
      <g aria-hidden="true">
        {y
          .ticks(4)
          .filter((t) => Number.isInteger(Math.log10(t)))
          .map((t) => (
            <g key={t}>
              <line x1={M.l} x2={W - M.r} y1={y(t)} y2={y(t)} className="grid" />
              <text x={M.l - 6} y={y(t) + 4} textAnchor="end">
                {formatRateNumber(t, 2)}
              </text>
            </g>
          ))}
        {x.ticks(6).map((t) => (
          <text key={t} x={x(t)} y={H - 8} textAnchor="middle">{`${t} h`}</text>
        ))}
        <path d={path(series.held)} className="held" />
        <path d={path(series.delivered)} className="delivered" />
        <line x1={x(hour)} x2={x(hour)} y1={M.t} y2={H - M.b} className="marker" />
      </g>
    </svg>
  );
});
