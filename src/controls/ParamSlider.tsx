// One numeric registry parameter as a slider (log-mapped where the registry says so) with a readable
// value, its range, a number box for exact entry and the preset's provenance mark. The slider's name is the label.
import { useId } from 'react';
import type { NumberParamSpec } from '../../workers/common/params';
import { formatParamValue } from '../format/formatNumber';
import { controlsText } from '../i18n/text/controls';
import { paramText, unitLabel } from '../i18n/text/params';
import { useLocale } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { ExactValueInput } from './ExactValueInput';
import { ProvenanceMark } from './ProvenanceMark';
import { PARAM_TERMS } from './paramTerms';
import { TermTip } from '../app/TermTip';
import { fromSliderPosition, sliderGeometry, toSliderPosition } from './sliderScale';

export function ParamSlider({ spec, disabled }: { spec: NumberParamSpec; disabled: boolean }) {
  const value = useAppState((s) => s.params[spec.id]);
  const setParam = useAppState((s) => s.setParam);
  const sliderId = useId();
  const term = PARAM_TERMS[spec.id];
  const descriptionId = useId();
  const geometry = sliderGeometry(spec);
  const locale = useLocale();
  const text = controlsText[locale];
  const { label, description } = paramText[locale][spec.id];
  const unit = unitLabel(spec.unit, locale);
  const valueText = formatParamValue(spec, value, unit);
  const minText = formatParamValue(spec, spec.min, unit);
  const maxText = formatParamValue(spec, spec.max, unit);

  return (
    <div className="param" data-param={spec.id}>
      <div className="param-head">
        <label htmlFor={sliderId} className="param-label">
          {label}
        </label>
        <ProvenanceMark id={spec.id} />
        {term && <TermTip term={term} />}
        <span className="param-readout" aria-hidden="true">
          {valueText}
        </span>
      </div>
      <div className="param-inputs">
        <input
          id={sliderId}
          type="range"
          min={geometry.min}
          max={geometry.max}
          step={geometry.step}
          value={toSliderPosition(spec, value)}
          aria-valuetext={valueText}
          aria-describedby={descriptionId}
          disabled={disabled}
          onChange={(e) => setParam(spec.id, fromSliderPosition(spec, Number(e.target.value)))}
        />
        <ExactValueInput spec={spec} value={value} disabled={disabled} onCommit={(v) => setParam(spec.id, v)} />
      </div>
      <p className="param-range" aria-hidden="true">
        {minText} – {maxText}
        {spec.scale === 'log' ? text.logScale : ''}
      </p>
      <p id={descriptionId} className="param-description">
        {description} {text.rangeSentence(minText, maxText)}
      </p>
    </div>
  );
}
