// The parameter panel: every registry parameter, grouped as the registry groups them, built from
// PARAMS alone. Controls that do not apply to the current link are hidden; clashes are listed on top.
import { useMemo } from 'react';
import { PARAMS, crossCheck, type ParamGroup, type ParamSpec } from '../../workers/common/params';
import { useAppState } from '../store/useAppState';
import { ParamSelect } from './ParamSelect';
import { ParamSlider } from './ParamSlider';
import { controlState, isLockedDuringSession } from './paramVisibility';

// The order a visitor follows the photon: source, fiber, detectors, spy, then the protocol's settings.
const GROUP_TITLES: Partial<Record<ParamGroup, string>> = {
  emitter: 'Emitter',
  fiber: 'Fiber',
  detectors: 'Detectors',
  eve: 'Eavesdropper',
  encoding: 'Protocol: encoding and bases',
  distillation: 'Protocol: key distillation',
  stability: 'Drift and stabilisation',
};

// Groups the registry adds later still show up, after these, under their own name.
const GROUPS = [...new Set([...Object.keys(GROUP_TITLES), ...PARAMS.map((p) => p.group)])] as ParamGroup[];
const groupTitle = (g: ParamGroup) => GROUP_TITLES[g] ?? g.charAt(0).toUpperCase() + g.slice(1);

function ParamControl({ spec, isSessionOpen }: { spec: ParamSpec; isSessionOpen: boolean }) {
  const disabled = isSessionOpen && isLockedDuringSession(spec.group);
  return spec.kind === 'number' ? <ParamSlider spec={spec} disabled={disabled} /> : <ParamSelect spec={spec} disabled={disabled} />;
}

function ParamIssues() {
  const params = useAppState((s) => s.params);
  const issues = useMemo(() => crossCheck(params), [params]);
  if (issues.length === 0) return null;
  return (
    <div className="param-issues" role="alert">
      {issues.map((i) => <p key={i.id}>{i.message}</p>)}
    </div>
  );
}

export function ControlPanel() {
  const params = useAppState((s) => s.params);
  const isSessionOpen = useAppState((s) => s.status !== 'idle');

  return (
    <section id="link-parameters" className="panel control-panel" aria-labelledby="control-panel-title">
      <h2 id="control-panel-title">Link parameters</h2>
      <ParamIssues />
      {GROUPS.map((group) => {
        const specs = PARAMS.filter((p) => p.group === group && controlState(p.id, params) === 'shown');
        const isLocked = isSessionOpen && isLockedDuringSession(group);
        return (
          <fieldset key={group} className="param-group">
            <legend>{groupTitle(group)}</legend>
            {isLocked && <p className="param-group-note">Fixed for this run; Reset to change.</p>}
            {specs.map((spec) => <ParamControl key={spec.id} spec={spec} isSessionOpen={isSessionOpen} />)}
          </fieldset>
        );
      })}
    </section>
  );
}
