// The drawer with every other registry parameter, grouped as the registry groups them and built from
// PARAMS alone (the first screen's few live in QuickControls), plus the preset's source and the seed.
// Controls that do not apply to the current link are hidden. Opened by "All link settings"; a lesson
// that outlines a control in it opens it too.
import { memo, useEffect, useRef } from 'react';
import { PARAMS, type ParamGroup, type ParamSpec } from '../../workers/common/params';
import { TermTip } from '../app/TermTip';
import { controlsText } from '../i18n/text/controls';
import { presetText } from '../i18n/text/presets';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { ParamSelect } from './ParamSelect';
import { ParamSlider } from './ParamSlider';
import { QUICK_PARAM_IDS } from './QuickControls';
import { SeedField } from './SeedField';
import { controlState, isLockedDuringSession } from './paramVisibility';

// The order a visitor follows the photon: source, fiber, detectors, spy, then the protocol's settings.
// A group the registry adds later must get a title in the catalogue (its type is Record<ParamGroup, string>).
const GROUP_ORDER: readonly ParamGroup[] = [
  'emitter',
  'fiber',
  'detectors',
  'eve',
  'encoding',
  'distillation',
  'stability',
];
const GROUPS = [...new Set([...GROUP_ORDER, ...PARAMS.map((p) => p.group)])];
const DRAWER_PARAMS = PARAMS.filter((p) => !QUICK_PARAM_IDS.includes(p.id));

/** Memoised: a run starting or one parameter changing re-renders only the controls whose lock changed. */
const ParamControl = memo(function ParamControl({ spec, disabled }: { spec: ParamSpec; disabled: boolean }) {
  return spec.kind === 'number' ? (
    <ParamSlider spec={spec} disabled={disabled} />
  ) : (
    <ParamSelect spec={spec} disabled={disabled} />
  );
});

function PresetSource() {
  const presetId = useAppState((s) => s.presetId);
  const presets = useText(presetText);
  if (!presetId) return null;
  const preset = presets[presetId];
  return (
    <p className="preset-summary">
      {preset.summary} <cite>{preset.citation}</cite>
    </p>
  );
}

export function ControlPanel() {
  const params = useAppState((s) => s.params);
  const isSessionOpen = useAppState((s) => s.status !== 'idle');
  const isOpen = useAppState((s) => s.isSettingsOpen);
  const setOpen = useAppState((s) => s.setSettingsOpen);
  const text = useText(controlsText);
  const bodyRef = useRef<HTMLDivElement>(null);

  // A lesson outlines the controls it uses (class lesson-highlight): a shut drawer opens so they can be seen.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const check = () => {
      if (body.querySelector('.lesson-highlight')) setOpen(true);
    };
    check();
    const observer = new MutationObserver(check);
    observer.observe(body, { subtree: true, attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, [setOpen]);

  return (
    <section
      id="link-parameters"
      className="panel control-panel"
      aria-labelledby="control-panel-title"
      data-open={isOpen ? 'true' : 'false'}
    >
      <div className="control-panel-head">
        <h2 id="control-panel-title">{text.linkParameters}</h2>
        <button
          type="button"
          className="button small"
          aria-expanded={isOpen}
          aria-controls="link-parameters-body"
          onClick={() => setOpen(!isOpen)}
        >
          {isOpen ? text.hideAllSettings : text.showAllSettings}
        </button>
      </div>
      <div id="link-parameters-body" ref={bodyRef} hidden={!isOpen}>
        <PresetSource />
        <div className="seed-row">
          <SeedField />
          <TermTip term="seed" />
        </div>
        {GROUPS.map((group) => {
          const specs = DRAWER_PARAMS.filter((p) => p.group === group && controlState(p.id, params) === 'shown');
          if (specs.length === 0) return null;
          const isLocked = isSessionOpen && isLockedDuringSession(group);
          return (
            <fieldset key={group} className="param-group">
              <legend>{text.groups[group]}</legend>
              {isLocked && <p className="param-group-note">{text.fixedForRun}</p>}
              {specs.map((spec) => (
                <ParamControl key={spec.id} spec={spec} disabled={isLocked} />
              ))}
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
