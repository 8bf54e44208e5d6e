// `npm run keyrate`: analytic key rate versus distance (workers/theory) for a preset and any registry
// parameter given as a kebab-case flag; a readable table, the JSON array of docs/implementation-notes.md, or the
// maximum distance or classical launch power. Invalid flags exit with status 2 and one line naming the flag and its
// allowed range.
import { PARAMS, crossCheck, toKebab, type LinkParams } from '../workers/common/params';
import { PRESET_IDS } from '../workers/common/presets';
import {
  curveDistances,
  keyRateAt,
  keyRateCurve,
  maxDistanceKm,
  type CurveOptions,
} from '../workers/theory/keyRateCurve';
import { KEY_RATE_MODELS, defaultModel, isLaserModel, type KeyRateModel } from '../workers/theory/models';
import { defaultEcEfficiency } from '../workers/theory/rates';
import { maxClassicalLaunchPower } from '../workers/theory/classicalLimit';
import { CliError, parseArgs, runCli, type ExtraFlag } from './args';
import { describeRange, flagIssueLine } from './paramWords';

const PARAM_LINES = PARAMS.map((s) => {
  const value = s.kind === 'choice' ? s.options.map((o) => o.value).join('|') : 'x';
  return `  --${toKebab(s.id)} <${value}>`.padEnd(46) + ' ' + describeRange(s);
});

const HELP = `Usage: npm run keyrate -- [options]

Analytic secret key rate versus distance (GLLP, decoy-state and finite-key models; docs/model.md), with the PLOB
bound at each point.

  --preset <id>            start from a preset: ${PRESET_IDS.join(', ')}
                           (default: registry defaults = qd-timebin-120km)
  --model <m>              ${KEY_RATE_MODELS.join(' | ')}
                           (default: from --source/--decoy: qd → gllp-sps, wcp → gllp-wcp,
                           wcp + vacuum-weak → decoy-vacuum-weak)
  --from <km> --to <km> --step <km>   distances (default 0, 200, 5)
  --block-bits <N>         finite-size key for blocks of N sifted bits (default: asymptotic); for decoy-finite
                           N key-basis bits per block (default --block-size-bits)
  --finite-key <k>         optimised (default: best sample size, both bases keyed) | pipeline (what QKD Lab's
                           distillation gets: blocks of N Z key bits — default --block-size-bits — the link's own μ)
  --optimise-mu            optimise μ at each distance. Default: ON for laser models (gllp-wcp, decoy-*),
  --no-optimise-mu         OFF for gllp-sps (a quantum dot's μ is hardware, not a knob); decoy-finite
                           (Lim et al. 2014) optimises μ, ν, their probabilities and the basis bias (vacuum fixed)
  --optimise-nu            also optimise the weak decoy ν (decoy-vacuum-weak; default off:
                           ν = --decoy-mean-photon-number)
  --ec-efficiency <f>      error-correction inefficiency, 1 to 3 (default 1.22 for gys-textbook, else 1.16)
  --max-distance           print { "maxDistanceKm": x } instead of the curve
  --max-classical-power    print { "maxClassicalLaunchPowerDbm": x, "distanceKm": L }: the most classical power
                           (--classical-channel, at --fiber-length-km) that still leaves key; null if none does
  --json                   print a JSON array of { distanceKm, bitsPerPulse, qber, model, plobBitsPerPulse }
  --help                   this text

Each flag may be given once (a repeated flag is refused).
Every link parameter is a flag too (value ranges as in the app's sliders):
${PARAM_LINES.join('\n')}

Example: npm run keyrate -- --preset gys-textbook --source wcp --decoy vacuum-weak --from 0 --to 200 --step 5 --json`;

interface Cli {
  params: LinkParams;
  presetId?: string;
  model: KeyRateModel;
  curve: CurveOptions;
  maxDistance: boolean;
  maxClassicalPower: boolean;
  json: boolean;
}

const EXTRAS: readonly ExtraFlag[] = [
  { name: 'model', kind: 'string', choices: KEY_RATE_MODELS, help: '' },
  { name: 'finite-key', kind: 'string', choices: ['optimised', 'pipeline'], help: '' },
  { name: 'from', kind: 'number', min: 0, max: 10_000, unit: 'km', help: '' },
  { name: 'to', kind: 'number', min: 0, max: 10_000, unit: 'km', help: '' },
  { name: 'step', kind: 'number', min: 0.001, max: 10_000, unit: 'km', help: '' },
  { name: 'block-bits', kind: 'number', min: 100, max: 1e15, integer: true, unit: 'bits', help: '' },
  { name: 'ec-efficiency', kind: 'number', min: 1, max: 3, help: '' },
  // --optimise-mu and --no-optimise-mu are one setting: giving both is a repeat.
  { name: 'optimise-mu', kind: 'boolean', aliases: ['optimize-mu'], onceKey: 'optimise-mu', help: '' },
  { name: 'no-optimise-mu', kind: 'boolean', aliases: ['no-optimize-mu'], onceKey: 'optimise-mu', help: '' },
  { name: 'optimise-nu', kind: 'boolean', aliases: ['optimize-nu'], help: '' },
  { name: 'max-distance', kind: 'boolean', help: '' },
  { name: 'max-classical-power', kind: 'boolean', help: '' },
  { name: 'json', kind: 'boolean', help: '' },
  { name: 'help', kind: 'boolean', help: '' },
];

/** The command line as a curve request; throws CliError naming the flag for anything it cannot run. */
function readCli(argv: readonly string[]): Cli {
  // The link's own combination checks wait until the model is known: an optimised μ excuses some of them.
  const { params, preset, flags } = parseArgs(argv, EXTRAS, { crossCheck: false });
  const presetId = preset ?? undefined;
  const fromKm = (flags.from as number | undefined) ?? 0;
  const toKm = (flags.to as number | undefined) ?? 200;
  const stepKm = (flags.step as number | undefined) ?? 5;
  const optimiseMu = flags['optimise-mu'] ? true : flags['no-optimise-mu'] ? false : undefined;
  const optimiseNu = flags['optimise-nu'] === true;
  const finiteKey = flags['finite-key'] as 'optimised' | 'pipeline' | undefined;
  if (toKm < fromKm)
    throw new CliError(`--to: ${toKm} is below --from ${fromKm}; expected a number from ${fromKm} to 10000 km`);
  if ((toKm - fromKm) / stepKm > 100_000)
    throw new CliError(
      `--step: ${stepKm} km gives more than 100000 points; ` +
        `expected a step of at least ${(toKm - fromKm) / 100_000} km`,
    );

  const model = (flags.model as KeyRateModel | undefined) ?? defaultModel(params);
  const effectiveOptimiseMu = optimiseMu ?? isLaserModel(model);
  // With μ optimised, the link's own μ is only a starting point: a decoy ν above it (the registry's default μ is
  // a quantum dot's) does not stop `--source wcp --decoy vacuum-weak` from working as is.
  const blocking = crossCheck(params).filter(
    (i) => !(i.code === 'decoy-not-below-signal' && effectiveOptimiseMu && isLaserModel(model)),
  );
  if (blocking.length) throw new CliError(flagIssueLine(blocking[0]));
  if (
    (model === 'decoy-vacuum-weak' || model === 'decoy-finite') &&
    !effectiveOptimiseMu &&
    !optimiseNu &&
    !(params.decoyMeanPhotonNumber < params.meanPhotonNumber)
  ) {
    throw new CliError(
      `--decoy-mean-photon-number: ν = ${params.decoyMeanPhotonNumber} must be below μ ` +
        `= ${params.meanPhotonNumber} (--mean-photon-number) when μ is not optimised`,
    );
  }
  if (model === 'decoy-finite' && !effectiveOptimiseMu && !(params.signalProbability + params.decoyProbability < 1)) {
    throw new CliError(
      `--decoy-probability: signal ${params.signalProbability} + decoy ${params.decoyProbability} ` +
        `leaves no vacuum pulses; decoy-finite needs a sum below 1 when μ is not optimised`,
    );
  }
  if (finiteKey === 'pipeline' && model !== defaultModel(params)) {
    throw new CliError(
      `--model: ${model} does not match the link; --finite-key pipeline follows --source/--decoy ` +
        `(model ${defaultModel(params)})`,
    );
  }
  if (flags['max-distance'] && model === 'plob')
    throw new CliError('--max-distance: the PLOB bound has no maximum distance; expected --model other than plob');
  if (flags['max-classical-power'] && (model === 'plob' || params.classicalChannel === 'off'))
    throw new CliError(
      model === 'plob'
        ? '--max-classical-power: the PLOB bound has no noise to limit; expected --model other than plob'
        : '--max-classical-power: no classical channel; expected --classical-channel co-propagating or ' +
            'counter-propagating',
    );
  return {
    params,
    presetId,
    model,
    maxDistance: flags['max-distance'] === true,
    maxClassicalPower: flags['max-classical-power'] === true,
    json: flags.json === true,
    curve: {
      model,
      fromKm,
      toKm,
      stepKm,
      blockBits: flags['block-bits'] as number | undefined,
      finiteKey,
      optimiseMu: effectiveOptimiseMu,
      optimiseNu,
      ecEfficiency: (flags['ec-efficiency'] as number | undefined) ?? defaultEcEfficiency(presetId),
    },
  };
}

function fmt(x: number, digits = 4): string {
  return x === 0 ? '0' : x.toPrecision(digits);
}

function printTable(cli: Cli): void {
  const { params: p, curve: o } = cli;
  const out: string[] = [];
  const finite =
    o.finiteKey === 'pipeline'
      ? `, the pipeline's finite key: blocks of ${o.blockBits ?? p.blockSizeBits} Z key bits`
      : o.model === 'decoy-finite'
        ? `, Lim et al. 2014 finite key: blocks of ${o.blockBits ?? p.blockSizeBits} Z key ` +
          `bits${o.optimiseMu ? ' (μ, ν, probabilities, basis bias optimised)' : ''}`
        : o.blockBits
          ? `, finite key: blocks of ${o.blockBits} sifted bits`
          : ', asymptotic';
  const mu = o.optimiseMu && o.finiteKey !== 'pipeline' ? 'optimised per distance' : `= ${p.meanPhotonNumber}`;
  const nu =
    o.model === 'decoy-vacuum-weak' ? `; ν ${o.optimiseNu ? 'optimised' : `= ${p.decoyMeanPhotonNumber}`}` : '';
  const preset = cli.presetId ? `; preset ${cli.presetId}` : '';
  out.push(`Model ${o.model}${finite}; f = ${o.ecEfficiency}; μ ${mu}${nu}; clock ${p.repetitionRateHz} Hz${preset}`);
  out.push(
    ['distance km', 'bits/pulse', 'bits/s', 'QBER Z %', 'QBER X %', 'PLOB bits/pulse', 'μ']
      .map((h) => h.padStart(17))
      .join(''),
  );
  for (const d of curveDistances(o.fromKm, o.toKm, o.stepKm)) {
    const r = keyRateAt(p, d, o);
    out.push(
      [
        String(r.distanceKm),
        fmt(r.bitsPerPulse),
        fmt(r.bitsPerPulse * p.repetitionRateHz),
        (100 * r.qber).toFixed(3),
        (100 * r.qberX).toFixed(3),
        fmt(r.plobBitsPerPulse),
        fmt(r.mu, 3),
      ]
        .map((c) => c.padStart(17))
        .join(''),
    );
  }
  process.stdout.write(out.join('\n') + '\n');
}

void runCli(() => {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    process.stdout.write(HELP + '\n');
    return;
  }
  const cli = readCli(argv);
  if (cli.maxDistance) {
    const d = maxDistanceKm(cli.params, cli.curve);
    process.stdout.write(JSON.stringify({ maxDistanceKm: d === null ? null : Math.round(d * 1000) / 1000 }) + '\n');
    return;
  }
  if (cli.maxClassicalPower) {
    const km = cli.params.fiberLengthKm;
    const limit = maxClassicalLaunchPower(cli.params, km, cli.curve).maxLaunchPowerDbm;
    process.stdout.write(JSON.stringify({ maxClassicalLaunchPowerDbm: limit, distanceKm: km }) + '\n');
    return;
  }
  if (cli.json) process.stdout.write(JSON.stringify(keyRateCurve(cli.params, cli.curve)) + '\n');
  else printTable(cli);
});
