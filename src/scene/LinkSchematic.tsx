// The static picture of the link: shown while three.js loads, when WebGL is unavailable and under
// prefers-reduced-motion. Same stations, colours and shapes as the 3D scene, drawn once in SVG.
import type { LinkParams } from '../../workers/common/params';
import type { SceneText } from '../i18n/text/scene';
import { cssColor, SCENE_COLORS } from './sceneColors';
import { eveKm } from './sceneDirector';

const C = Object.fromEntries(Object.entries(SCENE_COLORS).map(([k, v]) => [k, cssColor(v)])) as Record<
  keyof typeof SCENE_COLORS,
  string
>;
const FIBER_X0 = 170,
  FIBER_X1 = 560,
  AXIS_Y = 130;

export function LinkSchematic({ params: p, note, t }: { params: LinkParams; note: string; t: SceneText }) {
  const km = Math.round(p.fiberLengthKm);
  const eveX = FIBER_X0 + (p.fiberLengthKm > 0 ? eveKm(p) / p.fiberLengthKm : 0) * (FIBER_X1 - FIBER_X0);
  const isPolarisation = p.encoding === 'polarisation';
  return (
    <figure className="link-schematic">
      <svg viewBox="0 0 800 250" role="img" aria-label={t.schematicName}>
        <rect width="800" height="250" rx="10" fill={C.background} />
        {p.source === 'qd' ? (
          <g>
            <rect x="55" y="50" width="80" height="115" rx="12" fill={C.steel} />
            <rect x="45" y="42" width="100" height="14" rx="4" fill={C.steel} />
            <circle cx="140" cy={AXIS_Y} r="9" fill={C.dot} />
            <text x="20" y="30" className="schematic-label">
              {t.schematicAliceQd}
            </text>
          </g>
        ) : (
          <g>
            <rect x="40" y={AXIS_Y - 22} width="90" height="44" rx="5" fill={C.laser} />
            <rect x="140" y={AXIS_Y - 20} width="10" height="40" fill={C.attenuator} stroke={C.tick} />
            <text x="20" y={AXIS_Y - 38} className="schematic-label">
              {t.labels.aliceLaser}
            </text>
          </g>
        )}
        <line x1="150" y1={AXIS_Y} x2={FIBER_X1 + 20} y2={AXIS_Y} stroke={C.fiber} strokeWidth="5" />
        <text x={(FIBER_X0 + FIBER_X1) / 2} y={AXIS_Y + 40} className="schematic-label" textAnchor="middle">
          {t.fiberKm(km)}
        </text>
        <text x={FIBER_X0} y={AXIS_Y + 40} className="schematic-muted" textAnchor="middle">
          0 km
        </text>
        <text x={FIBER_X1} y={AXIS_Y + 40} className="schematic-muted" textAnchor="middle">
          {km} km
        </text>
        {/* sample photons: Z (square), X (diamond), a lost one fading, one resent by Eve */}
        <rect x="235" y={AXIS_Y - 9} width="18" height="18" fill={C.z} />
        <rect x="300" y={AXIS_Y - 9} width="16" height="16" fill={C.x} transform={`rotate(45 308 ${AXIS_Y})`} />
        <rect x="370" y={AXIS_Y - 6} width="12" height="12" fill={C.z} opacity="0.3" />
        {p.eve !== 'none' && (
          <g>
            <rect x={eveX - 18} y={AXIS_Y - 16} width="36" height="32" rx="4" fill={C.eve} />
            <line x1={eveX} y1={AXIS_Y - 16} x2={eveX} y2={AXIS_Y - 48} stroke={C.eve} strokeWidth="3" />
            <text x={eveX} y={AXIS_Y - 56} className="schematic-label schematic-eve" textAnchor="middle">
              Eve
            </text>
            <circle cx="460" cy={AXIS_Y} r="14" fill="none" stroke={C.eve} strokeWidth="3" />
            <rect x="452" y={AXIS_Y - 8} width="16" height="16" fill={C.x} transform={`rotate(45 460 ${AXIS_Y})`} />
          </g>
        )}
        <rect
          x="580"
          y="70"
          width="110"
          height="110"
          rx="6"
          fill={C.receiver}
          fillOpacity="0.18"
          stroke={C.receiverEdge}
        />
        {isPolarisation ? (
          <g>
            <rect x="598" y={AXIS_Y - 18} width="8" height="36" fill={C.optic} />
            <rect x="640" y={AXIS_Y - 16} width="32" height="32" fill={C.optic} fillOpacity="0.8" />
          </g>
        ) : (
          <g fill="none" stroke={C.arm} strokeWidth="2">
            <polyline points={`600,${AXIS_Y} 600,92 670,92 670,${AXIS_Y}`} />
            <rect x="592" y={AXIS_Y - 8} width="16" height="16" fill={C.optic} stroke="none" />
            <rect x="662" y={AXIS_Y - 8} width="16" height="16" fill={C.optic} stroke="none" />
          </g>
        )}
        <text x="635" y="202" className="schematic-label" textAnchor="middle">
          {isPolarisation ? t.labels.bobPolarisation : t.schematicBobInterferometer}
        </text>
        <line x1="678" y1={AXIS_Y} x2="740" y2="80" stroke={C.arm} strokeWidth="2" />
        <line x1="678" y1={AXIS_Y} x2="740" y2="180" stroke={C.arm} strokeWidth="2" />
        <circle cx="748" cy="80" r="18" fill={C.detector} stroke={C.correct} strokeWidth="4" />
        <circle cx="748" cy="180" r="18" fill={C.detector} stroke={C.tick} strokeWidth="2" />
        <text x="792" y="50" className="schematic-label" textAnchor="end">
          {t.labels.detector0}
        </text>
        <text x="792" y="222" className="schematic-label" textAnchor="end">
          {t.labels.detector1}
        </text>
      </svg>
      <figcaption className="scene-note">{note}</figcaption>
    </figure>
  );
}
