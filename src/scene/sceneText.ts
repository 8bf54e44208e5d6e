// Words for the link scene's text alternative: what Alice sends, how many photons reach Bob, what Eve
// does and what the newest detection was. Plain functions over a catalogue's text (src/i18n/text/scene.ts),
// so the wording is tested without WebGL and follows the page's language.
import { assertNever } from '../../workers/common/exhaustive';
import type { LinkParams } from '../../workers/common/params';
import { eveTapKm } from '../../workers/photon/linkModel';
import type { SceneText } from '../i18n/text/scene';
import { isZ, outcomeOf, type SampledDetection } from './linkFeed';

/** 75 947 000 → "76 million"; 2 500 → "2.5 thousand"; 12 → "12". */
export function countInWords(n: number, t: SceneText): string {
  return t.count(n);
}

/** "1 in 380 photons reaches": the reciprocal of a fraction, to two significant digits. */
export function photonsReach(fraction: number, t: SceneText): string {
  if (!(fraction > 0)) return t.noPhotonReaches;
  const n = 1 / fraction;
  if (n < 1.5) return t.nearlyEveryPhotonReaches;
  const rounded = n < 100 ? Math.round(n) : Number(n.toPrecision(2));
  return t.oneInPhotonsReach(t.count(rounded));
}

export function sourcePhrase(p: LinkParams, t: SceneText): string {
  return p.source === 'qd' ? t.aliceQd : t.aliceLaser;
}

function sharePhrase(p: LinkParams, t: SceneText): string {
  if (p.interceptFraction >= 1) return t.allPulses;
  if (p.interceptFraction <= 0) return t.noPulses;
  return t.percentOfPulses(Math.round(p.interceptFraction * 100));
}

export function evePhrase(p: LinkParams, t: SceneText): string {
  switch (p.eve) {
    case 'intercept-resend':
      return t.eveIntercepting(sharePhrase(p, t), Math.round(eveTapKm(p)));
    case 'phase-covariant-cloning':
      return t.eveCloning(sharePhrase(p, t), Math.round(eveTapKm(p)), Math.round(p.cloningDisturbance * 100));
    case 'pns':
      return t.evePns;
    case 'beam-splitting':
      return t.eveBeamSplitting;
    case 'none':
      return t.noEve;
    default:
      return assertNever(p.eve, 'attack');
  }
}

export function detectionPhrase(d: SampledDetection | null, t: SceneText): string {
  if (!d) return t.noDetectionYet;
  const basis = isZ(d.bobBasis) ? 'Z' : 'X';
  const extras = [
    d.isDark ? t.darkCount : '',
    d.isDouble ? t.doubleClick : '',
    d.isEveResent ? t.resentByEve : '',
  ].filter(Boolean);
  return t.lastDetection(basis, d.bobBit, t.outcomes[outcomeOf(d)], extras.join(', '));
}

export interface SceneSnapshot {
  params: LinkParams;
  isRunning: boolean;
  detectedFraction: number;
  isMeasured: boolean;
  last: SampledDetection | null;
}

/** The live sentence the text alternative reads out (politely, throttled by the caller). */
export function describeScene(s: SceneSnapshot, t: SceneText): string {
  const p = s.params;
  const pulses = t.sending(sourcePhrase(p, t), s.isRunning, t.count(p.repetitionRateHz), Math.round(p.fiberLengthKm));
  const reach = t.reaching(photonsReach(s.detectedFraction, t), s.isMeasured);
  const tail = s.isRunning || s.last ? detectionPhrase(s.last, t) : t.pressStart;
  return `${pulses}; ${reach}; ${evePhrase(p, t)}; ${tail}.`;
}

/** The fixed part: what the picture shows and how the moving photons relate to the simulation. */
export function describeDrawing(p: LinkParams, photonsPerDot: number, t: SceneText): string {
  const receiver = p.encoding === 'polarisation' ? t.receiverPolarisation : t.receiverInterferometer;
  const dots = photonsPerDot > 1 ? t.dotStandsFor(t.count(photonsPerDot)) : t.dotIsOnePhoton;
  return t.drawing(sourcePhrase(p, t), p.eve !== 'none', receiver, dots);
}
