// The first screen's few controls, beside (or under) the link scene: the preset, quantum dot or laser, the fiber's
// length, the eavesdropper (how much she intercepts, a cloner's disturbance) and the key block's progress; every other
// setting is in the drawer below (ControlPanel). They are the registry's own controls, so each keeps its accessible
// name and stays unique on the page.
import { useMemo } from 'react';
import { PARAM_BY_ID, crossCheck, type ParamId } from '../../workers/common/params';
import { controlsText } from '../i18n/text/controls';
import { describeParamIssue } from '../i18n/text/notices';
import { useLocale, useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { BlockProgress } from '../run/BlockProgress';
import { ParamSelect } from './ParamSelect';
import { ParamSlider } from './ParamSlider';
import { PresetMenu } from './PresetMenu';
import { controlState, isLockedDuringSession } from './paramVisibility';

/** Shown here and therefore left out of the full parameter drawer (one control per parameter). */
export const QUICK_PARAM_IDS: readonly ParamId[] = [
  'source',
  'fiberLengthKm',
  'eve',
  'interceptFraction',
  'cloningDisturbance',
];

/**
 * One registry control as the first screen and the kiosk show it: hidden when it does not apply, locked with a reason
 * during a run.
 */
export function QuickParam({ id }: { id: ParamId }) {
  const params = useAppState((s) => s.params);
  const isSessionOpen = useAppState((s) => s.status !== 'idle');
  if (controlState(id, params) !== 'shown') return null;
  const spec = PARAM_BY_ID[id];
  const disabled = isSessionOpen && isLockedDuringSession(spec.group);
  return spec.kind === 'number' ? (
    <ParamSlider spec={spec} disabled={disabled} />
  ) : (
    <ParamSelect spec={spec} disabled={disabled} />
  );
}

/**
 * Clashes between values (Eve beyond the fiber, a μ a quantum dot cannot have): here, so they are seen with the drawer
 * shut.
 */
function ParamIssues() {
  const params = useAppState((s) => s.params);
  const isRunning = useAppState((s) => s.status === 'running' || s.status === 'paused');
  const locale = useLocale();
  const text = useText(controlsText);
  const issues = useMemo(() => crossCheck(params), [params]);
  if (issues.length === 0) return null;
  return (
    <div className="param-issues" role="alert">
      {issues.map((i) => (
        <p key={i.param}>{describeParamIssue(i, locale)}</p>
      ))}
      {isRunning && <p>{text.runKeepsLastValid}</p>}
    </div>
  );
}

export function QuickControls() {
  const text = useText(controlsText);
  const isSessionOpen = useAppState((s) => s.status !== 'idle');
  return (
    <section className="panel quick-controls" aria-labelledby="quick-controls-title">
      <h2 id="quick-controls-title">{text.quickTitle}</h2>
      <ParamIssues />
      <PresetMenu showSummary={false} />
      <QuickParam id="source" />
      {isSessionOpen && <p className="param-group-note">{text.sourceFixedForRun}</p>}
      <QuickParam id="fiberLengthKm" />
      <QuickParam id="eve" />
      <QuickParam id="interceptFraction" />
      {/* Shown only while the cloner is chosen (paramVisibility): her one knob beside the attack. */}
      <QuickParam id="cloningDisturbance" />
      <BlockProgress />
    </section>
  );
}
