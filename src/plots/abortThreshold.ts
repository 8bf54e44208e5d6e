// The abort threshold the QBER plot draws: distillation aborts a block when the single-photon phase-error
// bound exceeds 11 % (where 1 − 2h(Q) reaches 0). Kept here so the page bundle does not pull in the
// distillation code; abortThreshold.test.ts checks it equals the pipeline's own constant.
export const ABORT_THRESHOLD = 0.11;
