// A joint alias table over (gap to the next click, clicking configuration) for bright links: one draw
// gives both, replacing the geometric draw. Gaps 0..G−1 carry probability (1 − p)^g·p·P(entry | click);
// one overflow entry carries (1 − p)^G and means "G pulses without a click, draw again" (memoryless).
import { AliasTable } from './aliasTable';
import type { OutcomeTable } from './outcomeTable';

/**
 * Gap bits in the joint code (above the entry code's 24 bits; 7 bits keep the code positive); the overflow code is −1.
 */
export const SHIFT_GAP = 24;
export const GAP_OVERFLOW_CODE = -1;
/** Columns kept small enough that the interleaved table (12 bytes per column) stays in L1/L2 cache. */
const MAX_COLUMNS = 4096;
const MAX_GAP = 127;
/** Use the joint table only when overflows (an extra draw) are rarer than this. */
const MAX_OVERFLOW = 0.1;

export interface GapJointTable {
  alias: AliasTable;
  /** G: pulses skipped on an overflow draw. */
  blockPulses: number;
}

/** The joint table for a state's click distribution, or null when the click probability is too low for it to pay. */
export function buildGapJointTable(table: OutcomeTable): GapJointTable | null {
  const p = table.clickProbability,
    entries = table.clickCodes.length;
  if (!(p > 0) || entries === 0) return null;
  const gaps = Math.min(MAX_GAP, Math.floor((MAX_COLUMNS - 1) / entries));
  if (gaps < 1) return null;
  // Plain powers: p is not small here (else the overflow test fails), and pow(0, 0) = 1 covers p = 1.
  const overflow = Math.pow(1 - p, gaps);
  if (overflow > MAX_OVERFLOW) return null;
  const codes = new Int32Array(gaps * entries + 1),
    weights = new Float64Array(gaps * entries + 1);
  let i = 0;
  for (let g = 0; g < gaps; g++) {
    const pGap = Math.pow(1 - p, g) * p;
    for (let e = 0; e < entries; e++, i++) {
      codes[i] = (table.clickCodes[e] | (g << SHIFT_GAP)) >>> 0;
      weights[i] = pGap * table.clickWeights[e];
    }
  }
  codes[i] = GAP_OVERFLOW_CODE;
  weights[i] = overflow;
  return { alias: new AliasTable(codes, weights), blockPulses: gaps };
}
