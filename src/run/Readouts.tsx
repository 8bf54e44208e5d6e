// The live readouts of the run. The headline three (error rate, secret key, what Eve knows) sit under the
// link scene on the first screen; the rest (sifted key rate, detections, sifted bits, simulated time) follow
// the first screen. Both read the published aggregates only.
import { deriveReadouts } from '../engine/runTotals';
import { formatBitRate, formatCount, formatDuration, formatPercent } from '../format/formatNumber';
import { runText } from '../i18n/text/run';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { Readout } from './Readout';

const dash = '—';

function useReadouts() {
  const totals = useAppState((s) => s.totals);
  const finalKeyBits = useAppState((s) => s.summary?.finalKeyBits ?? 0);
  return { totals, r: deriveReadouts(totals, finalKeyBits) };
}

export function HeadlineReadouts() {
  const { r } = useReadouts();
  const text = useText(runText);
  return (
    <section className="headline-readouts" aria-labelledby="headline-readouts-title">
      <h2 id="headline-readouts-title" className="visually-hidden">
        {text.liveReadouts}
      </h2>
      <div className="headline-grid">
        <Readout label={text.qber} emphasis detail={text.qberDetail} term="qber">
          <span className="qber-part">Z {r.qberZ === null ? dash : formatPercent(r.qberZ)}</span>
          <span className="qber-part">X {r.qberX === null ? dash : formatPercent(r.qberX)}</span>
        </Readout>
        <Readout label={text.secretKeyRate} emphasis detail={text.secretKeyRateDetail} term="secretKey">
          {r.secretKeyRate === null ? dash : formatBitRate(r.secretKeyRate)}
        </Readout>
        <Readout label={text.eveKnowledge} emphasis detail={text.eveKnowledgeDetail} term="eveKnowledge">
          {r.eveInformation === null ? dash : formatPercent(r.eveInformation)}
        </Readout>
      </div>
    </section>
  );
}

export function MoreReadouts() {
  const { totals, r } = useReadouts();
  const text = useText(runText);
  return (
    <section className="panel readouts" aria-labelledby="more-readouts-title">
      <h2 id="more-readouts-title">{text.moreReadouts}</h2>
      <div className="readout-grid">
        <Readout label={text.siftedKeyRate} detail={text.siftedKeyRateDetail} term="sifted">
          {r.siftedKeyRate === null ? dash : formatBitRate(r.siftedKeyRate)}
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
