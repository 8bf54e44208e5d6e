// `npm run sim`: simulate a QKD link photon by photon, distil the key, and print the report
// (with --json exactly the object of docs/implementation-notes.md on stdout, nothing else; with --drift on it adds
// "timeSeries", one entry per simulated minute, and long-run blocks unless --block-size-bits is given).
import { EVE_ATTACKS, parseParamValue } from '../workers/common/params';
import { parseArgs, helpText, runCli, CliError, MAX_SEED, type ExtraFlag } from './args';
import { createProgress } from './progress';
import { applyLongRunBlockSize } from '../workers/photon/driftedRun';
import { simulateLink, type SimReport } from './simReport';

const EXTRAS: readonly ExtraFlag[] = [
  { name: 'seconds', kind: 'number', min: 1e-9, max: 1e6, help: 'simulated seconds to run (default 1)' },
  // The core's ranges: pulses up to 2^53 − 1 (runLink), seeds up to 2^32 − 1 (the generator's seeding is 32-bit).
  {
    name: 'pulses',
    kind: 'number',
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
    integer: true,
    help: 'pulses to run instead of --seconds',
  },
  {
    name: 'seed',
    kind: 'number',
    min: 0,
    max: MAX_SEED,
    integer: true,
    help: `random seed, 0 to ${MAX_SEED} (default 1)`,
  },
  {
    name: 'eve',
    kind: 'string',
    // The registry's attacks (so a new one is a flag value at once), plus intercept-resend with its fraction.
    choices: [...EVE_ATTACKS, 'intercept-resend:F'],
    help: `${EVE_ATTACKS.join(' | ')} | intercept-resend:F (F = fraction 0..1)`,
  },
  { name: 'json', kind: 'boolean', help: 'print the JSON report only' },
  { name: 'help', kind: 'boolean', help: 'show this help' },
];

function applyEve(spec: string, params: SimReport['params']): void {
  const [kind, fraction] = spec.split(':');
  params.eve = kind as SimReport['params']['eve'];
  if (kind === 'intercept-resend' && fraction !== undefined) {
    // The registry's own check of the intercept fraction (0 to 1), with the flag's syntax in the message.
    const r = parseParamValue('interceptFraction', fraction);
    if ('error' in r)
      throw new CliError(
        `--eve: intercept fraction "${fraction}" must be a number from 0 to 1 (e.g. intercept-resend:0.1)`,
      );
    params.interceptFraction = r.value as number;
  } else if (fraction !== undefined) {
    throw new CliError(`--eve: only intercept-resend takes a fraction (got "${spec}")`);
  }
}

const pct = (x: number | null): string => (x === null ? '—' : `${(100 * x).toFixed(2)} %`);

function printText(r: SimReport): void {
  const lines = [
    `QKD Lab: ${r.params.fiberLengthKm} km, ${r.params.source === 'qd' ? 'quantum dot' : 'laser'}, ` +
      `Eve: ${r.params.eve}, seed ${r.seed}`,
    `pulses ${r.pulses.toExponential(3)}  simulated ${r.simulatedSeconds.toFixed(3)} ` +
      `s  wall ${r.wallSeconds.toFixed(2)} s`,
    `detections ${r.detections}  (expected gain ${r.expected.gainPerPulse.toExponential(3)}/pulse, ` +
      `measured ${(r.detections / Math.max(1, r.pulses)).toExponential(3)})`,
    `sifted Z ${r.sifted.z}  X ${r.sifted.x}`,
    `QBER Z ${pct(r.qber.z)} (expected ${pct(r.expected.qberZ)})  X ${pct(r.qber.x)} ` +
      ` estimate bound ${pct(r.qberEstimate.upperBound)}`,
    `Cascade: ${r.errorCorrection.leakBits} bits leaked, f = ${r.errorCorrection.efficiency?.toFixed(3) ?? '—'}, ` +
      `${r.errorCorrection.rounds} round trips`,
    r.aborted ? `ABORTED: ${r.abortReason}` : `verified ${r.verified}, keys equal ${r.aliceBobKeysEqual}`,
    `final key ${r.finalKeyBits} bits: ${r.secretKeyRate.bitsPerSecond.toFixed(2)} bit/s, ` +
      `${r.secretKeyRate.bitsPerPulse.toExponential(3)} bit/pulse`,
    `Eve knew ${pct(r.eve.knownSiftedFraction)} of sifted bits; agreement with the final ` +
      `key ${pct(r.eve.finalKeyAgreement)}`,
  ];
  if (r.timeSeries) {
    const ts = r.timeSeries;
    const maxX = Math.max(...ts.map((p) => p.qberX ?? 0));
    lines.push(
      `drift on, stabilisation ${r.params.stabilisation}: ${ts.length} minutes, highest one-minute X QBER ${pct(maxX)}`,
    );
    for (let i = 0; i < ts.length; i += Math.max(1, Math.round(ts.length / 12))) {
      const p = ts[i];
      lines.push(
        `  t ${(p.tSeconds / 3600).toFixed(2)} h  QBER Z ${pct(p.qberZ)}  X ${pct(p.qberX)}  key ${p.secretBits} bits`,
      );
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}

void runCli(() => {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    process.stdout.write(
      helpText(
        'Usage: npm run sim -- [--preset ID] [--seconds S | --pulses N] [--seed N] [--eve ' +
          'SPEC] [--drift on [--stabilise on|off]] [--json] [--<parameter> VALUE ...]',
        EXTRAS,
      ) + '\n',
    );
    return;
  }
  const { params, flags, given } = parseArgs(argv, EXTRAS);
  if (typeof flags.eve === 'string') applyEve(flags.eve, params);
  if (flags.seconds !== undefined && flags.pulses !== undefined)
    throw new CliError('--pulses: give either --seconds or --pulses, not both');
  const seed = typeof flags.seed === 'number' ? flags.seed : 1;
  if (params.drift === 'on') {
    if (flags.pulses !== undefined)
      throw new CliError('--pulses: a run with --drift on is measured in simulated seconds; give --seconds');
    if (typeof flags.seconds === 'number' && !Number.isInteger(flags.seconds))
      throw new CliError(`--seconds: with --drift on give whole seconds (got ${flags.seconds})`);
    applyLongRunBlockSize(params, given.has('blockSizeBits'));
  }
  const pulses = typeof flags.pulses === 'number' ? flags.pulses : undefined;
  const seconds = pulses === undefined ? (typeof flags.seconds === 'number' ? flags.seconds : 1) : undefined;
  if (seconds !== undefined && seconds * params.repetitionRateHz > Number.MAX_SAFE_INTEGER) {
    throw new CliError(
      `--seconds: ${seconds} s at ${params.repetitionRateHz} Hz is more than 2^53 − 1 pulses; ` +
        `expected at most ${Math.floor(Number.MAX_SAFE_INTEGER / params.repetitionRateHz)} ` +
        `s`,
    );
  }
  const totalSeconds = seconds ?? (pulses ?? 0) / params.repetitionRateHz;
  const report = simulateLink(params, {
    seed,
    simulatedSeconds: seconds,
    pulses,
    onProgress: createProgress('sim', totalSeconds, 'simulated s'),
  });
  if (flags.json) process.stdout.write(JSON.stringify(report) + '\n');
  else printText(report);
});
