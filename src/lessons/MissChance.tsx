// Lesson 2's calculator: the chance that a full intercept-resend attack leaves no error on n checked bits,
// 0.75ⁿ, and for the current intercept fraction f, (1 − f/4)ⁿ. The learner types n.
import { useId, useState, type ReactNode } from 'react';
import { formatCount, formatSignificant } from '../format/formatNumber';
import { missChanceText } from '../i18n/text/lessonWidgets';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { missChance } from './lessonChecks';

function asChance(p: number, oneIn: (count: string) => string): ReactNode {
  if (p >= 0.01) return `${formatSignificant(p * 100, 3)} %`;
  const exponent = Math.floor(Math.log10(p));
  const mantissa = p / 10 ** exponent;
  return (
    <>
      {formatSignificant(mantissa, 3)} × 10<sup>−{-exponent}</sup> {oneIn(formatCount(Number((1 / p).toPrecision(3))))}
    </>
  );
}

export function MissChance({ onCheckedBits }: { onCheckedBits: (n: number | null) => void }) {
  const [typed, setTyped] = useState('10');
  const fraction = useAppState((s) => (s.params.eve === 'intercept-resend' ? s.params.interceptFraction : 1));
  const caughtPerBit = formatSignificant(fraction / 4, 3);
  const inputId = useId();
  const text = useText(missChanceText);
  const n = /^\d+$/.test(typed) ? Number(typed) : null;

  return (
    <div className="miss-chance">
      <label htmlFor={inputId}>{text.checkedBits}</label>
      <input
        id={inputId}
        type="number"
        min={0}
        max={10000}
        step={1}
        value={typed}
        inputMode="numeric"
        onChange={(e) => {
          setTyped(e.target.value);
          onCheckedBits(/^\d+$/.test(e.target.value) ? Number(e.target.value) : null);
        }}
      />
      {n === null ? (
        <p className="lesson-hint">{text.wholeNumber}</p>
      ) : (
        <p aria-live="polite">
          {text.lead(n)}
          {formatSignificant(0.75, 2)}
          <sup>{n}</sup> = <strong>{asChance(missChance(n), text.oneIn)}</strong>
          {fraction < 1 && (
            <>
              {text.withFraction(Math.round(fraction * 100))}(1 − {caughtPerBit})<sup>{n}</sup> ={' '}
              {asChance(missChance(n, fraction), text.oneIn)}
            </>
          )}
        </p>
      )}
    </div>
  );
}
