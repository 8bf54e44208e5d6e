// The names written over the 3D link (Alice, the fiber's length, Eve, Bob, the detectors) and the points
// they hang from, in scene units. Plain data, so the page's camera rig projects them without the renderer.
import { assertNever } from '../../workers/common/exhaustive';
import type { LinkParams } from '../../workers/common/params';
import type { SceneText } from '../i18n/text/scene';
import { LAYOUT, pathAtKm } from './photonPool';
import { eveKm } from './sceneDirector';

export interface LabelAnchor {
  id: string;
  text: string;
  /** Text on narrow canvases (phones); empty hides the label there. */
  short: string;
  position: [number, number, number];
  /** Drawn above or below the point on screen. */
  side: 'above' | 'below';
  /** Horizontal anchoring of the text at the point (default centre). */
  align?: 'start';
  tone?: 'eve' | 'muted';
}

/** Centre x of Bob's receiver box (shared with linkStations). */
export const RECEIVER_CENTER_X = LAYOUT.fiberEndX + (LAYOUT.splitX - LAYOUT.fiberEndX + 0.5) / 2 - 0.2;

/** Eve's label over her station, or null when there is no eavesdropper to draw. */
function eveLabel(p: LinkParams, t: SceneText): string | null {
  const l = t.labels;
  switch (p.eve) {
    case 'none':
      return null;
    case 'intercept-resend':
      return l.eveInterceptResend;
    case 'pns':
      return l.evePns;
    case 'beam-splitting':
      return l.eveBeamSplitting;
    case 'phase-covariant-cloning':
      return l.eveCloning;
    default:
      return assertNever(p.eve, 'attack');
  }
}

export function stationLabels(p: LinkParams, t: SceneText): LabelAnchor[] {
  const l = t.labels;
  const km = Math.round(p.fiberLengthKm);
  const midFiber = (LAYOUT.fiberStartX + LAYOUT.fiberEndX) / 2;
  const labels: LabelAnchor[] = [
    p.source === 'qd'
      ? { id: 'alice', text: l.aliceQd, short: 'Alice', position: [-9.4, 2.4, 0], side: 'above', align: 'start' }
      : { id: 'alice', text: l.aliceLaser, short: 'Alice', position: [-9.4, 0.7, 0], side: 'above', align: 'start' },
    { id: 'fiber', text: t.fiberKm(km), short: `${km} km`, position: [midFiber, -0.45, 0], side: 'below' },
    { id: 'km0', text: '0 km', short: '', position: [LAYOUT.fiberStartX, -0.45, 0], side: 'below', tone: 'muted' },
    { id: 'kmL', text: `${km} km`, short: '', position: [LAYOUT.fiberEndX, -0.45, 0], side: 'below', tone: 'muted' },
    {
      id: 'bob',
      text: p.encoding === 'polarisation' ? l.bobPolarisation : l.bobInterferometer,
      short: 'Bob',
      position: [RECEIVER_CENTER_X - 0.3, 1.75, 0],
      side: 'above',
    },
    {
      id: 'd0',
      text: l.detector0,
      short: l.bit0,
      position: [LAYOUT.detectorX + 0.3, LAYOUT.detectorY[0] + 0.5, 0],
      side: 'above',
    },
    {
      id: 'd1',
      text: l.detector1,
      short: l.bit1,
      position: [LAYOUT.detectorX + 0.3, LAYOUT.detectorY[1] - 0.5, 0],
      side: 'below',
    },
  ];
  const text = eveLabel(p, t);
  if (text !== null) {
    labels.push({
      id: 'eve',
      text,
      short: 'Eve',
      position: [LAYOUT.emitX + pathAtKm(eveKm(p), p.fiberLengthKm), 1.45, 0],
      side: 'above',
      tone: 'eve',
    });
  }
  return labels;
}
