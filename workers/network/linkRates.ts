// Each fiber link's secret key rate from the same analytic model as the app's distance plot: QKD Lab's own
// pipeline rate (workers/theory/pipelineRate.ts) at the link's length, with the network's link parameters or the
// link's own preset. Rates are memoised by (preset, length): a 300-node map has few distinct lengths per preset.
import type { LinkParams } from '../common/params';
import { presetParams, type PresetId } from '../common/presets';
import { pipelineKeyRate } from '../theory/pipelineRate';
import { defaultEcEfficiency } from '../theory/rates';
import type { NetLink } from './topology';

export interface LinkRate {
  /** Secret key rate (bit/s) and what it comes from: bits per pulse × clock rate. */
  secretKeyRateBps: number;
  bitsPerPulse: number;
  /** Fiber loss of the link alone (dB) and the QBER the model expects on it. */
  lossDb: number;
  qber: number;
}

export interface LinkRateModel {
  rate: (link: Pick<NetLink, 'lengthKm' | 'preset'>) => LinkRate;
}

/** `params`/`presetId`: the network's link hardware; a link's own preset replaces both for that link. */
export function linkRateModel(params: LinkParams, presetId?: string): LinkRateModel {
  const cache = new Map<string, LinkRate>();
  const ownParams = new Map<PresetId, LinkParams>();
  const compute = (p: LinkParams, f: number, lengthKm: number): LinkRate => {
    const r = pipelineKeyRate(p, lengthKm, f);
    const bitsPerPulse = Number.isFinite(r.bitsPerPulse) ? Math.max(0, r.bitsPerPulse) : 0;
    return {
      secretKeyRateBps: bitsPerPulse * p.repetitionRateHz,
      bitsPerPulse,
      lossDb: lengthKm * p.fiberLossDbPerKm,
      qber: r.qberZ,
    };
  };
  return {
    rate(link) {
      const key = `${link.preset ?? ''}|${link.lengthKm}`;
      let r = cache.get(key);
      if (!r) {
        if (link.preset) {
          if (!ownParams.has(link.preset)) ownParams.set(link.preset, presetParams(link.preset));
          r = compute(ownParams.get(link.preset)!, defaultEcEfficiency(link.preset), link.lengthKm);
        } else r = compute(params, defaultEcEfficiency(presetId), link.lengthKm);
        cache.set(key, r);
      }
      return r;
    },
  };
}
