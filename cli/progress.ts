// Progress of a long command-line run on stderr (stdout stays the report alone): nothing for a run that ends
// within a few seconds, then one line every few seconds with the share done, time elapsed and time left.

export interface ProgressOptions {
  /** Seconds of wall time before the first line (short runs print nothing). */
  firstAfterS?: number;
  everyS?: number;
  write?: (line: string) => void;
  now?: () => number;
}

/** A reporter for a run of `total` units (simulated seconds); call it with the units done so far. */
export function createProgress(
  label: string,
  total: number,
  unit: string,
  opts: ProgressOptions = {},
): (done: number) => void {
  const {
    firstAfterS = 3,
    everyS = 5,
    write = (line) => {
      process.stderr.write(`${line}\n`);
    },
    now = () => performance.now() / 1000,
  } = opts;
  const start = now();
  let next = start + firstAfterS;
  return (done) => {
    const t = now();
    if (t < next || !(total > 0)) return;
    next = t + everyS;
    const share = Math.min(1, done / total);
    const elapsed = t - start;
    const left = share > 0 ? (elapsed * (1 - share)) / share : Number.NaN;
    write(
      `${label}: ${(100 * share).toFixed(1)} % (${formatAmount(done)} of ${formatAmount(total)} ` +
        `${unit}), ${formatDuration(elapsed)} elapsed` +
        `${Number.isFinite(left) ? `, about ${formatDuration(left)} left` : ''}; Ctrl-C stops`,
    );
  };
}

function formatAmount(x: number): string {
  return x >= 1e5 ? x.toExponential(2) : String(Math.round(x * 1000) / 1000);
}

export function formatDuration(s: number): string {
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}
