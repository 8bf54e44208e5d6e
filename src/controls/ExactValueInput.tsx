// The number box beside a slider for typing an exact value (in % for percentages). Commits on Enter
// or blur through the registry's parser; a bad entry shows the parameter's range and keeps the old value.
// A text box with the spinbutton role (not type="number"), so a German decimal comma ("6,85") can be typed.
import { useId, useState, type KeyboardEvent } from 'react';
import { parseParamValue, type NumberParamSpec } from '../../workers/common/params';
import { formatPlainNumber, readTypedNumber } from '../format/formatNumber';
import { controlsText } from '../i18n/text/controls';
import { paramText, unitLabel } from '../i18n/text/params';
import { useLocale } from '../i18n/useText';

interface Props {
  spec: NumberParamSpec;
  value: number;
  disabled: boolean;
  onCommit: (value: number) => void;
}

/** The value as the box shows it: percentages ×100, ten significant digits, no float noise (0.07·100). */
const shownNumber = (spec: NumberParamSpec, value: number) =>
  Number((spec.percent ? value * 100 : value).toPrecision(10));
/**
 * aria-valuenow/min/max must be plain decimals: "1e-9" is not a valid value (axe aria-valid-attr-value).
 * React types these attributes as numbers and would print 1e-9; the string is written as it is.
 */
const ariaDecimal = (n: number): number =>
  (/e/i.test(String(n)) && n !== 0 && Math.abs(n) < 1
    ? n.toFixed(Math.min(100, 9 - Math.floor(Math.log10(Math.abs(n))))).replace(/\.?0+$/, '')
    : String(n)) as unknown as number;

export function ExactValueInput({ spec, value, disabled, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const locale = useLocale();
  const text = controlsText[locale];
  const label = paramText[locale][spec.id].label;

  function commitNumber(typed: string): void {
    const asNumber = typed === '' ? Number.NaN : Number(typed);
    const candidate = spec.percent && Number.isFinite(asNumber) ? Number((asNumber / 100).toPrecision(12)) : typed;
    const result = parseParamValue(spec.id, candidate);
    if ('error' in result) {
      const range = spec.percent
        ? text.range(formatPlainNumber(spec.min * 100), formatPlainNumber(spec.max * 100), '%', false)
        : text.range(
            formatPlainNumber(spec.min),
            formatPlainNumber(spec.max),
            unitLabel(spec.unit, locale),
            spec.integer === true,
          );
      setError(text.mustBe(label, range));
      return;
    }
    setError(null);
    setDraft(null);
    onCommit(result.value as number);
  }

  function commit(): void {
    if (draft !== null) commitNumber(readTypedNumber(draft));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setDraft(null);
      setError(null);
    }
    // A spinbutton steps with the arrow keys, as the number box it replaces did.
    if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && draft === null) {
      e.preventDefault();
      const step = spec.percent ? spec.step * 100 : spec.step;
      const next = shownNumber(spec, value) + (e.key === 'ArrowUp' ? step : -step);
      const [lo, hi] = spec.percent ? [spec.min * 100, spec.max * 100] : [spec.min, spec.max];
      commitNumber(String(Number(Math.min(hi, Math.max(lo, next)).toPrecision(10))));
    }
  }

  const shown = shownNumber(spec, value);
  return (
    <span className="exact">
      <input
        className="exact-input"
        type="text"
        role="spinbutton"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={text.exactValueName(label)}
        aria-valuenow={ariaDecimal(shown)}
        aria-valuemin={ariaDecimal(shownNumber(spec, spec.min))}
        aria-valuemax={ariaDecimal(shownNumber(spec, spec.max))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        disabled={disabled}
        value={draft ?? formatPlainNumber(shown)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <span className="exact-unit" aria-hidden="true">
        {spec.percent ? '%' : unitLabel(spec.unit, locale)}
      </span>
      {error && (
        <span id={errorId} className="exact-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
