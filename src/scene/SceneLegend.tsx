// The visible key to the link scene's symbols: bases by shape and colour, Eve's ring, lost photons
// (and how many photons one faded dot stands for), and what the detector flash colours mean.
import type { SceneText } from '../i18n/text/scene';
import { cssColor, SCENE_COLORS } from './sceneColors';

const FLASHES = [
  ['rightBit', SCENE_COLORS.correct],
  ['error', SCENE_COLORS.error],
  ['basesDiffer', SCENE_COLORS.discarded],
  ['darkCount', SCENE_COLORS.dark],
] as const;

export function SceneLegend({ photonsPerDot, t }: { photonsPerDot: number; t: SceneText }) {
  const l = t.legend;
  return (
    <ul className="scene-legend" aria-hidden="true">
      <li>
        <span className="legend-mark legend-z" style={{ background: cssColor(SCENE_COLORS.z) }} />
        {l.zBasis}
      </li>
      <li>
        <span className="legend-mark legend-x" style={{ background: cssColor(SCENE_COLORS.x) }} />
        {l.xBasis}
      </li>
      <li>
        <span className="legend-mark legend-ring" style={{ borderColor: cssColor(SCENE_COLORS.eve) }} />
        {l.touchedByEve}
      </li>
      <li>
        <span className="legend-mark legend-lost" />
        {l.lost}
        {photonsPerDot > 1 ? t.photonsPerDot(t.count(photonsPerDot)) : ''}
      </li>
      <li className="legend-heading">{l.flashHeading}</li>
      {FLASHES.map(([key, color]) => (
        <li key={key}>
          <span className="legend-mark legend-flash" style={{ background: cssColor(color) }} />
          {l[key]}
        </li>
      ))}
    </ul>
  );
}
