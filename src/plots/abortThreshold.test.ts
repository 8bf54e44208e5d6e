// The plotted abort threshold is the one the distillation pipeline applies.
import { expect, it } from 'vitest';
import { PHASE_ERROR_THRESHOLD } from '../../workers/distill/distillBlock';
import { ABORT_THRESHOLD } from './abortThreshold';

it('matches the pipeline threshold', () => {
  expect(ABORT_THRESHOLD).toBe(PHASE_ERROR_THRESHOLD);
});
