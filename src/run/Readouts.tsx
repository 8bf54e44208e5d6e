// The live readouts of the run: QBER per basis, sifted and secret key rates per simulated second, what
// Eve knows, detections, sifted bits and simulated time. Reads the published aggregates only.
import { deriveReadouts } from '../engine/runTotals';
import { formatBitRate, formatCount, formatDuration, formatPercent } from '../format/formatNumber';
import { useAppState } from '../store/useAppState';
import { Readout } from './Readout';

const dash = '—';

export function Readouts() {
  const totals = useAppState((s) => s.totals);
  const finalKeyBits = useAppState((s) => s.summary?.finalKeyBits ?? 0);
  const r = deriveReadouts(totals, finalKeyBits);

  return (
    <section className="panel readouts" aria-labelledby="readouts-title">
      <h2 id="readouts-title">Live readouts</h2>
      <div className="readout-grid">
        <Readout label="QBER" emphasis detail="true error rate of the sifted bits">
          <span className="qber-part">Z {r.qberZ === null ? dash : formatPercent(r.qberZ)}</span>
          <span className="qber-part">X {r.qberX === null ? dash : formatPercent(r.qberX)}</span>
        </Readout>
        <Readout label="Sifted key rate" emphasis detail="sifted bits (Z + X) per simulated second">
          {r.siftedKeyRate === null ? dash : formatBitRate(r.siftedKeyRate)}
        </Readout>
        <Readout label="Secret key rate" emphasis detail="final key bits per simulated second">
          {r.secretKeyRate === null ? dash : formatBitRate(r.secretKeyRate)}
        </Readout>
        <Readout label="Eve's knowledge" emphasis detail="sifted key bits whose value Eve knows exactly (only the simulator sees this)">
          {r.eveKnownFraction === null ? dash : formatPercent(r.eveKnownFraction)}
        </Readout>
        <Readout label="Detections">{formatCount(totals.detections)}</Readout>
        <Readout label="Sifted bits" detail={`Z ${formatCount(totals.siftedZ)} · X ${formatCount(totals.siftedX)}`}>
          {formatCount(r.siftedBits)}
        </Readout>
        <Readout label="Simulated time" detail={`${formatCount(totals.pulses)} pulses`}>
          {formatDuration(totals.simulatedSeconds)}
        </Readout>
      </div>
    </section>
  );
}
