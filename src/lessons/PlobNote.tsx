// Lesson 4's figures for the current link: the channel's transmittance η (fiber, receiver, detectors: the η of the
// distance plot), the PLOB bound −log2(1 − η) per pulse and per second, this run's key per pulse, and the gap.
import { channelTransmittance, plobBitsPerPulse } from '../../workers/common/photonStats';
import { formatCount, formatSignificant } from '../format/formatNumber';
import { plobText } from '../i18n/text/lessonWidgets';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

/** "98 000" rather than "9.8×10⁴": how many times the bound lies above the run, to two significant digits. */
function timesAbove(ratio: number): string {
  return ratio >= 100 ? formatCount(Number(ratio.toPrecision(2))) : formatSignificant(ratio, 2);
}

export function PlobNote() {
  const text = useText(plobText);
  const lengthKm = useAppState((s) => s.params.fiberLengthKm);
  const lossDbPerKm = useAppState((s) => s.params.fiberLossDbPerKm);
  const receiverLossDb = useAppState((s) => s.params.receiverLossDb);
  const detectorEfficiency = useAppState((s) => s.params.detectorEfficiency);
  const clockHz = useAppState((s) => s.params.repetitionRateHz);
  const pulses = useAppState((s) => s.totals.pulses);
  const finalKeyBits = useAppState((s) => s.summary?.finalKeyBits ?? 0);
  const eta = channelTransmittance({
    fiberLengthKm: lengthKm,
    fiberLossDbPerKm: lossDbPerKm,
    receiverLossDb,
    detectorEfficiency,
  });
  const bound = plobBitsPerPulse(eta);
  const runRate = pulses > 0 ? finalKeyBits / pulses : null;
  return (
    <dl className="lesson-figures">
      <div>
        <dt>{text.fiberLetsThrough}</dt>
        <dd>{text.eta(formatSignificant(eta, 3), formatSignificant(1 / eta, 3), formatSignificant(lengthKm, 4))}</dd>
      </div>
      <div>
        <dt>{text.plobLimit}</dt>
        <dd>{text.plob(formatSignificant(bound, 3), formatSignificant(bound * clockHz, 3))}</dd>
      </div>
      <div>
        <dt>{text.thisRun}</dt>
        <dd>{runRate === null ? text.notStarted : text.run(formatSignificant(runRate, 3))}</dd>
      </div>
      {runRate !== null && runRate > 0 && (
        <div>
          <dt>{text.compared}</dt>
          <dd>{text.ratio(timesAbove(bound / runRate))}</dd>
        </div>
      )}
    </dl>
  );
}
