// The link a long run simulates: the page's current parameters with drift switched on, distilled in the
// long-run blocks `npm run sim --drift on` uses (applyLongRunBlockSize, so the app and the CLI agree).
// A block size the visitor chose away from the preset's (or the default) counts as given, as the CLI's flag does.
import { applyLongRunBlockSize } from '../../workers/photon/driftedRun';
import { defaultParams, type LinkParams } from '../../workers/common/params';
import { presetParams, type PresetId } from '../../workers/common/presets';

export function longRunParams(params: LinkParams, presetId: PresetId | null): LinkParams {
  const p: LinkParams = { ...params, drift: 'on' };
  const reference = presetId ? presetParams(presetId).blockSizeBits : defaultParams().blockSizeBits;
  applyLongRunBlockSize(p, p.blockSizeBits !== reference);
  return p;
}
