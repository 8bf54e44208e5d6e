// The live readouts of the run: QBER per basis, sifted and secret key rates per simulated second, what
// Eve knows, detections, sifted bits and simulated time. Reads the published aggregates only.
import { deriveReadouts } from '../engine/runTotals';
import { formatBitRate, formatCount, formatDuration, formatPercent } from '../format/formatNumber';
import { runText } from '../i18n/text/run';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { Readout } from './Readout';

const dash = '—';

export function Readouts() {
  const totals = useAppState((s) => s.totals);
  const finalKeyBits = useAppState((s) => s.summary?.finalKeyBits ?? 0);
  const r = deriveReadouts(totals, finalKeyBits);
  const text = useText(runText);

  return (
    <section className="panel readouts" aria-labelledby="readouts-title">
      <h2 id="readouts-title">{text.liveReadouts}</h2>
      <div className="readout-grid">
        <Readout label={text.qber} emphasis detail={text.qberDetail}>
          <span className="qber-part">Z {r.qberZ === null ? dash : formatPercent(r.qberZ)}</span>
          <span className="qber-part">X {r.qberX === null ? dash : formatPercent(r.qberX)}</span>
        </Readout>
        <Readout label={text.siftedKeyRate} emphasis detail={text.siftedKeyRateDetail}>
          {r.siftedKeyRate === null ? dash : formatBitRate(r.siftedKeyRate)}
        </Readout>
        <Readout label={text.secretKeyRate} emphasis detail={text.secretKeyRateDetail}>
          {r.secretKeyRate === null ? dash : formatBitRate(r.secretKeyRate)}
        </Readout>
        <Readout label={text.eveKnowledge} emphasis detail={text.eveKnowledgeDetail}>
          {r.eveKnownFraction === null ? dash : formatPercent(r.eveKnownFraction)}
        </Readout>
        <Readout label={text.detections}>{formatCount(totals.detections)}</Readout>
        <Readout label={text.siftedBits} detail={`Z ${formatCount(totals.siftedZ)} · X ${formatCount(totals.siftedX)}`}>
          {formatCount(r.siftedBits)}
        </Readout>
        <Readout label={text.simulatedTime} detail={text.pulses(formatCount(totals.pulses))}>
          {formatDuration(totals.simulatedSeconds)}
        </Readout>
      </div>
    </section>
  );
}
