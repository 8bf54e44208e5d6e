// Which registry controls matter for the current link: decoy settings only for the laser with decoys,
// g2(0) only for the quantum dot, Eve's settings only for the attack that uses them.
import type { LinkParams, ParamId } from '../../workers/common/params';

export type ControlState = 'shown' | 'hidden';

export function controlState(id: ParamId, p: LinkParams): ControlState {
  switch (id) {
    case 'g2Zero':
      return p.source === 'qd' ? 'shown' : 'hidden';
    case 'decoy':
      return p.source === 'wcp' ? 'shown' : 'hidden';
    case 'decoyMeanPhotonNumber':
    case 'signalProbability':
    case 'decoyProbability':
      return p.source === 'wcp' && p.decoy === 'vacuum-weak' ? 'shown' : 'hidden';
    case 'interceptFraction':
    case 'evePositionKm':
      return p.eve === 'intercept-resend' || p.eve === 'phase-covariant-cloning' ? 'shown' : 'hidden';
    case 'eveBasisChoice':
      return p.eve === 'intercept-resend' ? 'shown' : 'hidden';
    case 'cloningDisturbance':
      return p.eve === 'phase-covariant-cloning' ? 'shown' : 'hidden';
    default:
      return 'shown';
  }
}

/**
 * Settings fixed when a session opens (they can change again after Reset): the distillation settings,
 * and the emitter, whose clock maps pulses to simulated time and whose μ, g2(0) and decoys the key
 * pipeline's multi-photon bounds were opened with. Fiber, detectors, encoding and Eve stay live.
 */
export function isLockedDuringSession(group: string): boolean {
  return group === 'distillation' || group === 'emitter';
}
