// The slot of the 3D link scene. A colleague owns src/scene/: when src/scene/LinkSceneSlot.tsx exists its
// LinkSceneSlot component (which lazy-loads three.js itself) is mounted here; until then a text stand-in.
// import.meta.glob keeps the build working whether or not that file exists yet.
import type { ComponentType } from 'react';
import { panelsText } from '../i18n/text/panels';
import { useText } from '../i18n/useText';

const modules = import.meta.glob<{ LinkSceneSlot?: ComponentType }>('../scene/LinkSceneSlot.tsx', { eager: true });
const LinkSceneSlot = Object.values(modules)[0]?.LinkSceneSlot ?? null;

export function SceneSlot() {
  const text = useText(panelsText);
  return (
    <section className="panel scene-panel" aria-label={text.sceneRegion}>
      {LinkSceneSlot ? <LinkSceneSlot /> : <p className="scene-fallback">{text.sceneFallback}</p>}
    </section>
  );
}
