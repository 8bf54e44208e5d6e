// The day of key buffers under the map: a time slider with what the links hold and what the chosen pair has
// received by then, and the selected link simulated photon by photon on demand (the real photon simulator and
// distillation pipeline, in the network's second worker) beside the map's model rate.
import { memo, useId, useState } from 'react';
import { formatBitRate, formatCount, formatSignificant } from '../format/formatNumber';
import { describeTopologyFault, networkText } from '../i18n/text/network';
import { useLocale, useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import type { BufferDay } from '../../workers/network/bufferDay';
import type { NetLink, TopologyFault } from '../../workers/network/topology';
import type { SweepPoint } from '../../workers/theory/sweep';
import { BufferPlot } from './BufferPlot';
import type { NetworkClient } from './networkClient';
import { DAY_HOURS } from './useNetworkAnalysis';

interface Props {
  day: BufferDay | null;
  computeMs: number | null;
  selectedLink: number | null;
  link: NetLink | null;
  client: NetworkClient;
}

export const BufferDayView = memo(function BufferDayView({ day, computeMs, selectedLink, link, client }: Props) {
  const text = useText(networkText);
  const locale = useLocale();
  const id = useId();
  const params = useAppState((s) => s.params);
  const seed = useAppState((s) => s.seed);
  const [hour, setHour] = useState(DAY_HOURS);
  const [mc, setMc] = useState<{
    link: NetLink;
    running: boolean;
    point?: SweepPoint;
    error?: TopologyFault | string;
  } | null>(null);
  const sample = day
    ? Math.max(0, Math.min(day.timesH.length - 1, Math.round((hour / DAY_HOURS) * (day.timesH.length - 1))))
    : 0;
  const held = day
    ? day.linkBits.subarray(sample * day.linkCount, (sample + 1) * day.linkCount).reduce((s, x) => s + x, 0)
    : 0;
  const delivered = day && day.demandBits.length ? day.demandBits[sample] : 0;
  const linkBuffer =
    day && selectedLink !== null && selectedLink < day.linkCount
      ? day.linkBits[sample * day.linkCount + selectedLink]
      : null;
  const rep = params.repetitionRateHz;
  const shown = mc && mc.link === link ? mc : null;

  const runMc = () => {
    if (!link) return;
    setMc({ link, running: true });
    client.measureLink(params, link.lengthKm, seed).then(
      (r) => setMc(r.ok ? { link, running: false, point: r.value } : { link, running: false, error: r.error }),
      (e: unknown) => setMc({ link, running: false, error: String(e) }),
    );
  };

  return (
    <div className="network-day">
      <h3>{text.buffersHeading}</h3>
      <div className="network-row">
        <label htmlFor={`${id}-hour`}>{text.timeLabel}</label>
        <input
          id={`${id}-hour`}
          type="range"
          min={0}
          max={DAY_HOURS}
          step={0.25}
          value={hour}
          onChange={(e) => setHour(Number(e.target.value))}
        />
        <output htmlFor={`${id}-hour`}>{formatSignificant(hour, 3)} h</output>
      </div>
      {day && <BufferPlot day={day} hour={hour} />}
      {day && (
        <p>
          {text.bufferSummary(
            formatSignificant(hour, 3),
            formatCount(Math.floor(held)),
            formatCount(Math.floor(delivered)),
          )}
        </p>
      )}
      {linkBuffer !== null && <p>{text.bufferOfLink(formatCount(Math.floor(linkBuffer)))}</p>}
      {computeMs !== null && <p className="muted">{text.computedIn(formatSignificant(computeMs, 3))}</p>}
      <div className="network-row">
        <button type="button" onClick={runMc} disabled={!link || shown?.running === true}>
          {text.mcButton}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {!link
          ? text.mcNone
          : !shown
            ? ''
            : shown.running
              ? text.mcRunning
              : shown.error
                ? typeof shown.error === 'string'
                  ? shown.error
                  : describeTopologyFault(shown.error, locale)
                : shown.point
                  ? text.mcResult(
                      formatBitRate(shown.point.bitsPerPulse * rep),
                      formatBitRate(shown.point.bitsPerPulseError * rep),
                      formatBitRate(shown.point.expectedBitsPerPulse * rep),
                      formatCount(shown.point.blocks),
                    )
                  : ''}
      </p>
    </div>
  );
});
