// Eve's blocking fractions in the photon-number-splitting attack (Brassard, Lütkenhaus, Mor & Sanders, PRL 85, 1330
// (2000)), chosen analytically so
// that Bob's gain per pulse equals the no-Eve gain: block single-photon pulses first, multi-photon pulses
// only if that is not enough. Shared by the event-skipping tables, the reference loop and the expectation.
import type { LinkModel } from './linkModel';

export interface PnsBlocking {
  /** Fraction of single-photon pulses Eve blocks. */
  blockSingle: number;
  /** Fraction of multi-photon pulses Eve blocks (after splitting off her photon). */
  blockMulti: number;
  /** True when even forwarding everything keeps Bob's gain below the no-Eve gain (short links). */
  isGainShort: boolean;
}

/** Click probability of the two-detector receiver for m photons at its input (no dead time). */
function receiverYield(m: number, model: LinkModel, efficiency: number): number {
  const silentDark = (1 - model.darkClickProbability) ** 2;
  return 1 - silentDark * (1 - efficiency) ** m;
}

export function pnsBlocking(model: LinkModel): PnsBlocking {
  const etaRx = model.receiverEfficiency;
  const y0 = receiverYield(0, model, etaRx);
  let gainNoEve = 0,
    gainForwardAll = 0,
    singleWeight = 0,
    multiWeight = 0;
  for (let c = 0; c < 3; c++) {
    const pc = model.classProbability[c];
    if (pc === 0) continue;
    const pn = model.photonNumberProbs[c];
    for (let n = 0; n < pn.length; n++) {
      const w = pc * pn[n];
      gainNoEve += w * receiverYield(n, model, model.totalEfficiency);
      const forwarded = n >= 2 ? n - 1 : n;
      const y = receiverYield(forwarded, model, etaRx);
      gainForwardAll += w * y;
      if (n === 1) singleWeight += w * (y - y0);
      else if (n >= 2) multiWeight += w * (y - y0);
    }
  }
  const excess = gainForwardAll - gainNoEve;
  if (!(excess > 0)) return { blockSingle: 0, blockMulti: 0, isGainShort: excess < 0 };
  if (excess <= singleWeight) return { blockSingle: excess / singleWeight, blockMulti: 0, isGainShort: false };
  const rest = excess - singleWeight;
  return { blockSingle: 1, blockMulti: multiWeight > 0 ? Math.min(1, rest / multiWeight) : 0, isGainShort: false };
}
