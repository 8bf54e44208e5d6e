// Words for the link scene's text alternative: what Alice sends, how many photons reach Bob, what Eve
// does and what the newest detection was. Plain functions so the wording is tested without WebGL.
import type { LinkParams } from '../../workers/common/params';
import { isZ, outcomeOf, type SampledDetection } from './linkFeed';

const SCALE_WORDS: readonly [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];

/** 75 947 000 → "76 million"; 2 500 → "2.5 thousand"; 12 → "12". */
export function countInWords(n: number): string {
  for (const [size, word] of SCALE_WORDS) {
    if (n >= size) {
      const v = n / size;
      return `${v >= 10 ? Math.round(v) : Number(v.toPrecision(2))} ${word}`;
    }
  }
  return String(Math.round(n));
}

/** "1 in 380 photons reaches": the reciprocal of a fraction, to two significant digits. */
export function photonsReach(fraction: number): string {
  if (!(fraction > 0)) return 'no photon reaches';
  const n = 1 / fraction;
  if (n < 1.5) return 'nearly every photon reaches';
  const rounded = n < 100 ? Math.round(n) : Number(n.toPrecision(2));
  return `1 in ${countInWords(rounded)} photons reaches`;
}

export function sourcePhrase(p: LinkParams): string {
  return p.source === 'qd' ? "Alice's quantum dot" : "Alice's attenuated laser";
}

export function evePhrase(p: LinkParams): string {
  switch (p.eve) {
    case 'intercept-resend': {
      const share = p.interceptFraction >= 1 ? 'all pulses' : p.interceptFraction <= 0 ? 'no pulses' : `${Math.round(p.interceptFraction * 100)} % of pulses`;
      return `Eve is intercepting ${share} at ${Math.round(Math.min(p.evePositionKm, p.fiberLengthKm))} km and resending what she measured`;
    }
    case 'pns': return 'Eve splits one photon off every multi-photon pulse (photon-number splitting)';
    case 'beam-splitting': return 'Eve keeps the photons the fiber would lose (beam splitting)';
    default: return 'no eavesdropper';
  }
}

export function detectionPhrase(d: SampledDetection | null): string {
  if (!d) return 'no detection yet';
  const basis = isZ(d.bobBasis) ? 'Z' : 'X';
  const outcome = outcomeOf(d);
  const verdict = outcome === 'discarded' ? 'bases differ, discarded' : outcome;
  const extras = [d.isDark ? 'dark count' : '', d.isDouble ? 'double click' : '', d.isEveResent ? 'resent by Eve' : ''].filter(Boolean);
  return `last detection: ${basis} basis, bit ${d.bobBit}, ${verdict}${extras.length ? ` (${extras.join(', ')})` : ''}`;
}

export interface SceneSnapshot {
  params: LinkParams;
  isRunning: boolean;
  detectedFraction: number;
  isMeasured: boolean;
  last: SampledDetection | null;
}

/** The live sentence the text alternative reads out (politely, throttled by the caller). */
export function describeScene(s: SceneSnapshot): string {
  const p = s.params;
  const pulses = `${sourcePhrase(p)} ${s.isRunning ? 'sends' : 'is set to send'} ${countInWords(p.repetitionRateHz)} pulses per second over ${Math.round(p.fiberLengthKm)} km of fiber`;
  const reach = `${s.isMeasured ? '' : 'expected: '}${photonsReach(s.detectedFraction)} Bob and makes a detector click`;
  const tail = s.isRunning || s.last ? detectionPhrase(s.last) : 'press Start to send photons';
  return `${pulses}; ${reach}; ${evePhrase(p)}; ${tail}.`;
}

/** The fixed part: what the picture shows and how the moving photons relate to the simulation. */
export function describeDrawing(p: LinkParams, photonsPerDot: number): string {
  const receiver = p.encoding === 'polarisation' ? 'polarisation optics' : 'an unbalanced interferometer';
  const dots = photonsPerDot > 1 ? `each faded dot stands for ${countInWords(photonsPerDot)} lost photons` : 'each faded dot is one lost photon';
  return `Link diagram: ${sourcePhrase(p)} on the left, the fiber in the middle${p.eve === 'none' ? '' : " with Eve's tap"}, Bob's receiver with ${receiver} and two detectors on the right. ` +
    'Bright photons are real detections sampled from the simulation (Z basis: blue squares, X basis: orange diamonds; red ring: resent by Eve). ' +
    `Faded dots are photons lost on the way, drawn at the measured loss rate (the simulator does not track photons that never click); ${dots}.`;
}
