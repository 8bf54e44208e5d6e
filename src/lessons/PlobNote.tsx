// Lesson 4's figures for the current link: the fiber's transmittance η, the PLOB bound −log2(1 − η) in bits
// per pulse and per second at this clock, and this run's final key bits per pulse for comparison.
import { formatSignificant } from '../format/formatNumber';
import { useAppState } from '../store/useAppState';
import { fiberTransmittance, plobBitsPerPulse } from './lessonChecks';

export function PlobNote() {
  const lengthKm = useAppState((s) => s.params.fiberLengthKm);
  const lossDbPerKm = useAppState((s) => s.params.fiberLossDbPerKm);
  const clockHz = useAppState((s) => s.params.repetitionRateHz);
  const pulses = useAppState((s) => s.totals.pulses);
  const finalKeyBits = useAppState((s) => s.summary?.finalKeyBits ?? 0);
  const eta = fiberTransmittance(lengthKm, lossDbPerKm);
  const bound = plobBitsPerPulse(eta);
  return (
    <dl className="lesson-figures">
      <div><dt>Fiber lets through</dt><dd>η = {formatSignificant(eta, 3)} (1 photon in {formatSignificant(1 / eta, 3)}) over {lengthKm} km</dd></div>
      <div><dt>PLOB limit</dt><dd>{formatSignificant(bound, 3)} bits per pulse = {formatSignificant(bound * clockHz, 3)} bits/s at this clock</dd></div>
      <div><dt>This run so far</dt><dd>{pulses > 0 ? `${formatSignificant(finalKeyBits / pulses, 3)} final key bits per pulse` : 'not started'}</dd></div>
    </dl>
  );
}
