// The slot of the 3D link scene. A colleague owns src/scene/: when src/scene/LinkSceneSlot.tsx exists its
// LinkSceneSlot component (which lazy-loads three.js itself) is mounted here; until then a text stand-in.
// import.meta.glob keeps the build working whether or not that file exists yet.
import type { ComponentType } from 'react';

const modules = import.meta.glob<{ LinkSceneSlot?: ComponentType }>('../scene/LinkSceneSlot.tsx', { eager: true });
const LinkSceneSlot = Object.values(modules)[0]?.LinkSceneSlot ?? null;

export function SceneSlot() {
  return (
    <section className="panel scene-panel" aria-label="Link scene">
      {LinkSceneSlot ? <LinkSceneSlot /> : (
        <p className="scene-fallback">
          Alice’s source sends single photons down the fiber to Bob’s detectors; most are lost on the way.
          (The 3D view of the link is not available in this build.)
        </p>
      )}
    </section>
  );
}
