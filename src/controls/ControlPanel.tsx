// The parameter panel: every registry parameter, grouped as the registry groups them, built from
// PARAMS alone. Controls that do not apply to the current link are hidden; clashes are listed on top.
import { memo, useMemo } from 'react';
import { PARAMS, crossCheck, type ParamGroup, type ParamSpec } from '../../workers/common/params';
import { controlsText } from '../i18n/text/controls';
import { describeParamIssue } from '../i18n/text/notices';
import { useLocale, useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { ParamSelect } from './ParamSelect';
import { ParamSlider } from './ParamSlider';
import { controlState, isLockedDuringSession } from './paramVisibility';

// The order a visitor follows the photon: source, fiber, detectors, spy, then the protocol's settings.
// A group the registry adds later must get a title in the catalogue (its type is Record<ParamGroup, string>).
const GROUP_ORDER: readonly ParamGroup[] = ['emitter', 'fiber', 'detectors', 'eve', 'encoding', 'distillation', 'stability'];
const GROUPS = [...new Set([...GROUP_ORDER, ...PARAMS.map((p) => p.group)])];

/** Memoised: a run starting or one parameter changing re-renders only the controls whose lock changed. */
const ParamControl = memo(function ParamControl({ spec, disabled }: { spec: ParamSpec; disabled: boolean }) {
  return spec.kind === 'number' ? <ParamSlider spec={spec} disabled={disabled} /> : <ParamSelect spec={spec} disabled={disabled} />;
});

function ParamIssues() {
  const params = useAppState((s) => s.params);
  const isRunning = useAppState((s) => s.status === 'running' || s.status === 'paused');
  const locale = useLocale();
  const text = useText(controlsText);
  const issues = useMemo(() => crossCheck(params), [params]);
  if (issues.length === 0) return null;
  return (
    <div className="param-issues" role="alert">
      {issues.map((i) => <p key={i.id}>{describeParamIssue(i.id, i.detail, locale)}</p>)}
      {isRunning && <p>{text.runKeepsLastValid}</p>}
    </div>
  );
}

export function ControlPanel() {
  const params = useAppState((s) => s.params);
  const isSessionOpen = useAppState((s) => s.status !== 'idle');
  const text = useText(controlsText);

  return (
    <section id="link-parameters" className="panel control-panel" aria-labelledby="control-panel-title">
      <h2 id="control-panel-title">{text.linkParameters}</h2>
      <ParamIssues />
      {GROUPS.map((group) => {
        const specs = PARAMS.filter((p) => p.group === group && controlState(p.id, params) === 'shown');
        const isLocked = isSessionOpen && isLockedDuringSession(group);
        return (
          <fieldset key={group} className="param-group">
            <legend>{text.groups[group]}</legend>
            {isLocked && <p className="param-group-note">{text.fixedForRun}</p>}
            {specs.map((spec) => <ParamControl key={spec.id} spec={spec} disabled={isLocked} />)}
          </fieldset>
        );
      })}
    </section>
  );
}
