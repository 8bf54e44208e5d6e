// One choice parameter of the registry as a labelled <select> (Source, Encoding, Eavesdropper…),
// with the preset's provenance mark; option texts are the registry's option labels.
import { useId } from 'react';
import type { ChoiceParamSpec, LinkParams } from '../../workers/common/params';
import { useAppState } from '../store/useAppState';
import { ProvenanceMark } from './ProvenanceMark';

export function ParamSelect({ spec, disabled }: { spec: ChoiceParamSpec; disabled: boolean }) {
  const value = useAppState((s) => s.params[spec.id]);
  const setParam = useAppState((s) => s.setParam);
  const selectId = useId();
  const descriptionId = useId();

  return (
    <div className="param param-choice" data-param={spec.id}>
      <div className="param-head">
        <label htmlFor={selectId} className="param-label">{spec.label}</label>
        <ProvenanceMark id={spec.id} />
      </div>
      <select
        id={selectId}
        value={value}
        disabled={disabled}
        aria-describedby={descriptionId}
        onChange={(e) => setParam(spec.id, e.target.value as LinkParams[typeof spec.id])}
      >
        {spec.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      <p id={descriptionId} className="param-description">{spec.description}</p>
    </div>
  );
}
