// The visible key to the link scene's symbols: bases by shape and colour, Eve's ring, lost photons
// (and how many photons one faded dot stands for), and what the detector flash colours mean.
import { cssColor, SCENE_COLORS } from './sceneColors';
import { countInWords } from './sceneText';

const FLASHES: readonly [string, number][] = [
  ['right bit', SCENE_COLORS.correct], ['error', SCENE_COLORS.error], ['bases differ', SCENE_COLORS.discarded], ['dark count', SCENE_COLORS.dark],
];

export function SceneLegend({ photonsPerDot }: { photonsPerDot: number }) {
  return (
    <ul className="scene-legend" aria-hidden="true">
      <li><span className="legend-mark legend-z" style={{ background: cssColor(SCENE_COLORS.z) }} />Z basis</li>
      <li><span className="legend-mark legend-x" style={{ background: cssColor(SCENE_COLORS.x) }} />X basis</li>
      <li><span className="legend-mark legend-ring" style={{ borderColor: cssColor(SCENE_COLORS.eve) }} />touched by Eve</li>
      <li><span className="legend-mark legend-lost" />lost{photonsPerDot > 1 ? ` (1 dot = ${countInWords(photonsPerDot)} photons)` : ''}</li>
      <li className="legend-heading">Detector flash:</li>
      {FLASHES.map(([label, color]) => (
        <li key={label}><span className="legend-mark legend-flash" style={{ background: cssColor(color) }} />{label}</li>
      ))}
    </ul>
  );
}
