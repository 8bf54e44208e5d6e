// Splits the Cascade trace the distill core records for small blocks into separate binary searches: one
// per (pass, block) question chain, ending where Bob flips the bit it located. Pure, unit-tested.
import type { CascadeStepLike } from './lessonSnapshot';

export interface CascadeSearch {
  pass: number;
  block: number;
  /** The parity questions in the order they were asked. */
  questions: CascadeStepLike[];
  /** Key position Bob flipped at the end, or null if the trace ended first. */
  flippedKeyBit: number | null;
}

export function cascadeSearches(trace: readonly CascadeStepLike[]): CascadeSearch[] {
  const open = new Map<string, CascadeSearch>();
  const done: CascadeSearch[] = [];
  for (const step of trace) {
    const key = `${step.pass}:${step.block}`;
    let search = open.get(key);
    if (!search) {
      search = { pass: step.pass, block: step.block, questions: [], flippedKeyBit: null };
      open.set(key, search);
    }
    if (step.flippedKeyBit !== undefined) {
      search.flippedKeyBit = step.flippedKeyBit;
      open.delete(key);
      done.push(search);
    } else search.questions.push(step);
  }
  return done.filter((s) => s.questions.length > 0);
}
