// The theory worker's API as plain functions: validate what arrives from the main thread (params and
// curve options are untrusted structured clones), then call the pure models and the Monte-Carlo sweep.
// theory.worker.ts only exposes it.
import { assertValidParams, type LinkParams } from '../common/params';
import { keyRateCurve, maxDistanceKm, type CurveOptions, type KeyRateOptions, type KeyRatePoint } from './keyRateCurve';
import { isKeyRateModel } from './models';
import { runSweep, type SweepOptions, type SweepPoint } from './sweep';

function checkOptions(o: KeyRateOptions): void {
  if (o.model !== undefined && !isKeyRateModel(o.model))
    throw new RangeError(`model "${String(o.model)}" is not one of the key-rate models`);
  if (o.blockBits !== undefined && !(Number.isInteger(o.blockBits) && o.blockBits >= 100))
    throw new RangeError(`blockBits ${o.blockBits} must be a whole number ≥ 100`);
  if (o.finiteKey !== undefined && o.finiteKey !== 'optimised' && o.finiteKey !== 'pipeline')
    throw new RangeError(`finiteKey "${String(o.finiteKey)}" must be optimised or pipeline`);
  if (o.ecEfficiency !== undefined && !(o.ecEfficiency >= 1 && o.ecEfficiency <= 3))
    throw new RangeError(`ecEfficiency ${o.ecEfficiency} must be from 1 to 3`);
}

/** Key-rate points exactly as `keyrate --json` prints them. */
export function curve(params: LinkParams, options: CurveOptions): KeyRatePoint[] {
  checkOptions(options);
  const { fromKm, toKm, stepKm } = options;
  if (
    ![fromKm, toKm, stepKm].every(Number.isFinite) ||
    fromKm < 0 ||
    stepKm <= 0 ||
    toKm < fromKm ||
    (toKm - fromKm) / stepKm > 100_000
  ) {
    throw new RangeError(
      `distances must satisfy 0 ≤ fromKm ≤ toKm, stepKm > 0, at most 100000 points (got ` +
        `${fromKm}..${toKm} step ${stepKm})`,
    );
  }
  return keyRateCurve(assertValidParams(params), options);
}

/** Largest distance with a positive key (km), 0 if none at 0 km, null for PLOB. */
export function maxDistance(params: LinkParams, options: KeyRateOptions = {}): number | null {
  checkOptions(options);
  return maxDistanceKm(assertValidParams(params), options);
}

/** Monte-Carlo key rates (photon simulator + distillation) at the given distances, to overlay on the curves. */
export function sweep(params: LinkParams, options: SweepOptions): SweepPoint[] {
  if (
    !Array.isArray(options.distancesKm) ||
    options.distancesKm.length > 1000 ||
    !options.distancesKm.every((d) => Number.isFinite(d) && d >= 0 && d <= 400)
  ) {
    throw new RangeError('distancesKm must be at most 1000 distances from 0 to 400 km');
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`seed ${options.seed} must be a whole number`);
  return runSweep(assertValidParams(params), options);
}
