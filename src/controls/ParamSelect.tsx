// One choice parameter of the registry as a labelled <select> (Source, Encoding, Eavesdropper…),
// with the preset's provenance mark; labels, option texts and description come from the params catalogue.
import { useId } from 'react';
import type { ChoiceParamSpec, LinkParams } from '../../workers/common/params';
import { optionText, paramText } from '../i18n/text/params';
import { useLocale } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { ProvenanceMark } from './ProvenanceMark';
import { PARAM_TERMS } from './paramTerms';
import { TermTip } from '../app/TermTip';

export function ParamSelect({ spec, disabled }: { spec: ChoiceParamSpec; disabled: boolean }) {
  const value = useAppState((s) => s.params[spec.id]);
  const setParam = useAppState((s) => s.setParam);
  const selectId = useId();
  const term = PARAM_TERMS[spec.id];
  const descriptionId = useId();
  const locale = useLocale();
  const { label, description } = paramText[locale][spec.id];
  const options: Readonly<Record<string, string>> = optionText[locale][spec.id];

  return (
    <div className="param param-choice" data-param={spec.id}>
      <div className="param-head">
        <label htmlFor={selectId} className="param-label">
          {label}
        </label>
        <ProvenanceMark id={spec.id} />
        {term && <TermTip term={term} />}
      </div>
      <select
        id={selectId}
        value={value}
        disabled={disabled}
        aria-describedby={descriptionId}
        onChange={(e) => setParam(spec.id, e.target.value as LinkParams[typeof spec.id])}
      >
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {options[o.value] ?? o.label}
          </option>
        ))}
      </select>
      <p id={descriptionId} className="param-description">
        {description}
      </p>
    </div>
  );
}
