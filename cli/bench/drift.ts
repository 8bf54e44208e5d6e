// Benchmark group "drift": sixHourReplaySeconds, the wall time of the six-hour replay
// `sim --preset qd-timebin-120km --seconds 21600 --drift on --stabilise on --json` (photons, drift, controller and
// the whole key pipeline, one thread), run in-process as the CLI runs it; plus the same command as a fresh process.
import { execFileSync } from 'node:child_process';
import { parseArgs } from '../args';
import { applyLongRunBlockSize } from '../../workers/photon/driftedRun';
import { simulateLink } from '../simReport';

const ARGV = ['--preset', 'qd-timebin-120km', '--seconds', '21600', '--drift', 'on', '--stabilise', 'on', '--json'];
const REPETITIONS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * What cli/sim.ts does for ARGV, timed from argument parsing to the printed JSON (no warm-up: the first run is cold).
 */
function replayOnce(): number {
  const t0 = performance.now();
  const { params } = parseArgs(
    ARGV.filter((a) => a !== '--seconds' && a !== '21600' && a !== '--json'),
    [],
  );
  applyLongRunBlockSize(params, false);
  const report = simulateLink(params, { seed: 1, simulatedSeconds: 21600 });
  if (JSON.stringify(report).length === 0 || !report.timeSeries)
    throw new Error('six-hour replay produced no time series');
  return (performance.now() - t0) / 1000;
}

/** The same command as a new process through npm's tsx (includes Node start-up and TypeScript transform). */
function replayProcessSeconds(): number {
  const t0 = performance.now();
  execFileSync('npx', ['tsx', 'cli/sim.ts', ...ARGV], { stdio: ['ignore', 'ignore', 'inherit'] });
  return (performance.now() - t0) / 1000;
}

export async function run(): Promise<Record<string, number>> {
  const times = Array.from({ length: REPETITIONS }, replayOnce);
  return {
    sixHourReplaySeconds: Number(median(times).toFixed(2)),
    sixHourReplayProcessSeconds: Number(replayProcessSeconds().toFixed(2)),
  };
}
