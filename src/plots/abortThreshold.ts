// The abort threshold the QBER plot draws: 11 %, where 1 − 2h(Q) reaches 0. The pipeline aborts a block when
// 1 − h(phase-error bound) − h(QBER) ≤ 0, which is this threshold when both error rates are equal. Kept here so
// the page bundle does not pull in the distillation code; abortThreshold.test.ts checks it against the pipeline's.
export const ABORT_THRESHOLD = 0.11;
