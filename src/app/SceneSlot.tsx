// The panel that holds the 3D link scene, on the page and in the kiosk. LinkSceneSlot loads three.js itself once
// the page has painted, and words its own fallback where WebGL or motion is unavailable.
import { panelsText } from '../i18n/text/panels';
import { useText } from '../i18n/useText';
import { LinkSceneSlot } from '../scene/LinkSceneSlot';

export function SceneSlot() {
  const text = useText(panelsText);
  return (
    <section className="panel scene-panel" aria-label={text.sceneRegion}>
      <LinkSceneSlot />
    </section>
  );
}
