// `npm run keyrate`: analytic key rate versus distance (workers/theory) for a preset and any registry
// parameter given as a kebab-case flag; a readable table, the JSON array of docs/implementation-notes.md, or the
// maximum distance. Invalid flags exit with status 2 and one line naming the flag and its allowed range.
import {
  PARAMS,
  PARAM_BY_ID,
  describeRange,
  parseParamValue,
  resolveParamName,
  toKebab,
  validateParams,
  type LinkParams,
} from '../workers/common/params';
import { PRESET_IDS, isPresetId, presetParams } from '../workers/common/presets';
import {
  curveDistances,
  keyRateAt,
  keyRateCurve,
  maxDistanceKm,
  type CurveOptions,
} from '../workers/theory/keyRateCurve';
import {
  KEY_RATE_MODELS,
  defaultModel,
  isKeyRateModel,
  isLaserModel,
  type KeyRateModel,
} from '../workers/theory/models';
import { defaultEcEfficiency } from '../workers/theory/rates';
import { echo, escapeUnsafe } from '../workers/common/echo';

class UsageError extends Error {}

const HELP = `Usage: npm run keyrate -- [options]

Analytic secret key rate versus distance (GLLP, decoy-state and finite-key models; docs/model.md), with the PLOB bound at each point.

  --preset <id>            start from a preset: ${PRESET_IDS.join(', ')} (default: registry defaults = qd-timebin-120km)
  --model <m>              ${KEY_RATE_MODELS.join(' | ')}
                           (default: from --source/--decoy: qd → gllp-sps, wcp → gllp-wcp, wcp + vacuum-weak → decoy-vacuum-weak)
  --from <km> --to <km> --step <km>   distances (default 0, 200, 5)
  --block-bits <N>         finite-size key for blocks of N sifted bits (default: asymptotic); for decoy-finite
                           N key-basis bits per block (default --block-size-bits)
  --finite-key <k>         optimised (default: best sample size, both bases keyed) | pipeline (what QKD Lab's
                           distillation gets: blocks of N Z key bits — default --block-size-bits — the link's own μ)
  --optimise-mu            optimise μ at each distance. Default: ON for laser models (gllp-wcp, decoy-*),
  --no-optimise-mu         OFF for gllp-sps (a quantum dot's μ is hardware, not a knob); decoy-finite
                           (Lim et al. 2014) optimises μ, ν, their probabilities and the basis bias (vacuum fixed)
  --optimise-nu            also optimise the weak decoy ν (decoy-vacuum-weak; default off: ν = --decoy-mean-photon-number)
  --ec-efficiency <f>      error-correction inefficiency, 1 to 3 (default 1.22 for gys-textbook, else 1.16)
  --max-distance           print { "maxDistanceKm": x } instead of the curve
  --json                   print a JSON array of { distanceKm, bitsPerPulse, qber, model, plobBitsPerPulse }
  --help                   this text

Every link parameter is a flag too (value ranges as in the app's sliders):
${PARAMS.map((s) => `  --${toKebab(s.id)} <${s.kind === 'choice' ? s.options.map((o) => o.value).join('|') : 'x'}>`.padEnd(46) + ' ' + describeRange(s)).join('\n')}

Example: npm run keyrate -- --preset gys-textbook --source wcp --decoy vacuum-weak --from 0 --to 200 --step 5 --json`;

interface Cli {
  params: LinkParams;
  presetId?: string;
  model: KeyRateModel;
  curve: CurveOptions;
  maxDistance: boolean;
  json: boolean;
}

function numberFlag(
  flag: string,
  raw: string | undefined,
  min: number,
  max: number,
  unit: string,
  integer = false,
): number {
  const range = `expected a number from ${min} to ${max}${unit ? ' ' + unit : ''}${integer ? ' (whole number)' : ''}`;
  if (raw === undefined || raw.startsWith('--')) throw new UsageError(`--${flag}: missing value; ${range}`);
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(raw))
    throw new UsageError(`--${flag}: "${echo(raw)}" is not a number; ${range}`);
  const v = Number(raw);
  if (v < min || v > max) throw new UsageError(`--${flag}: ${v} is out of range; ${range}`);
  if (integer && !Number.isInteger(v)) throw new UsageError(`--${flag}: ${v} is not a whole number; ${range}`);
  return v;
}

export function parseArgs(argv: string[]): Cli | 'help' {
  const flags: [string, string | undefined][] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--'))
      throw new UsageError(`"${echo(a)}": unexpected argument; flags start with -- (see --help)`);
    const eq = a.indexOf('=');
    if (eq > 0) flags.push([a.slice(2, eq), a.slice(eq + 1)]);
    else {
      const name = a.slice(2);
      const takesValue = ![
        'json',
        'help',
        'max-distance',
        'optimise-mu',
        'optimize-mu',
        'no-optimise-mu',
        'no-optimize-mu',
        'optimise-nu',
        'optimize-nu',
      ].includes(name);
      flags.push([name, takesValue ? argv[++i] : undefined]);
    }
  }
  if (flags.some(([n]) => n === 'help')) return 'help';
  // The rule of all three commands: a flag given twice (aliases count as the same flag) is refused.
  const seen = new Set<string>();
  for (const [name] of flags) {
    const key =
      resolveParamName(name) ?? name.replace('optimize', 'optimise').replace(/^no-optimise-mu$/, 'optimise-mu');
    if (seen.has(key)) throw new UsageError(`--${echo(name)}: given more than once; give each flag once`);
    seen.add(key);
  }

  let presetId: string | undefined;
  let modelName: string | undefined;
  let optimiseMu: boolean | undefined,
    optimiseNu = false,
    maxDistance = false,
    json = false;
  let fromKm = 0,
    toKm = 200,
    stepKm = 5,
    blockBits: number | undefined,
    ecEfficiency: number | undefined;
  let finiteKey: 'optimised' | 'pipeline' | undefined;
  const paramInput: Record<string, string> = {};
  for (const [name, value] of flags) {
    switch (name) {
      case 'preset':
        if (value === undefined || !isPresetId(value))
          throw new UsageError(
            `--preset: ${value === undefined ? 'missing value' : `"${echo(value)}" is not a preset`}; expected one of ${PRESET_IDS.join(', ')}`,
          );
        presetId = value;
        break;
      case 'model':
        if (value === undefined || !isKeyRateModel(value))
          throw new UsageError(
            `--model: ${value === undefined ? 'missing value' : `"${echo(value)}" is not a model`}; expected one of ${KEY_RATE_MODELS.join(', ')}`,
          );
        modelName = value;
        break;
      case 'finite-key':
        if (value !== 'optimised' && value !== 'pipeline')
          throw new UsageError(
            `--finite-key: ${value === undefined ? 'missing value' : `"${echo(value)}" is not an option`}; expected one of optimised, pipeline`,
          );
        finiteKey = value;
        break;
      case 'from':
        fromKm = numberFlag(name, value, 0, 10_000, 'km');
        break;
      case 'to':
        toKm = numberFlag(name, value, 0, 10_000, 'km');
        break;
      case 'step':
        stepKm = numberFlag(name, value, 0.001, 10_000, 'km');
        break;
      case 'block-bits':
        blockBits = numberFlag(name, value, 100, 1e15, 'bits', true);
        break;
      case 'ec-efficiency':
        ecEfficiency = numberFlag(name, value, 1, 3, '');
        break;
      case 'optimise-mu':
      case 'optimize-mu':
        optimiseMu = true;
        break;
      case 'no-optimise-mu':
      case 'no-optimize-mu':
        optimiseMu = false;
        break;
      case 'optimise-nu':
      case 'optimize-nu':
        optimiseNu = true;
        break;
      case 'max-distance':
        maxDistance = true;
        break;
      case 'json':
        json = true;
        break;
      default: {
        const id = resolveParamName(name);
        if (!id) throw new UsageError(`--${echo(name)}: unknown flag (see --help for the list)`);
        const flag = toKebab(id);
        if (value === undefined)
          throw new UsageError(`--${flag}: missing value; expected ${describeRange(PARAM_BY_ID[id])}`);
        const r = parseParamValue(id, value);
        if ('error' in r) throw new UsageError(`--${name}: ${r.error.message.split(`(${id}): `).pop()}`);
        paramInput[id] = value;
      }
    }
  }
  if (toKm < fromKm)
    throw new UsageError(`--to: ${toKm} is below --from ${fromKm}; expected a number from ${fromKm} to 10000 km`);
  if ((toKm - fromKm) / stepKm > 100_000)
    throw new UsageError(
      `--step: ${stepKm} km gives more than 100000 points; expected a step of at least ${(toKm - fromKm) / 100_000} km`,
    );

  const { params, issues } = validateParams(paramInput, presetId ? presetParams(presetId as never) : undefined);
  const model = (modelName as KeyRateModel | undefined) ?? defaultModel(params);
  const effectiveOptimiseMu = optimiseMu ?? isLaserModel(model);
  // With μ optimised, the link's own μ is only a starting point: a decoy ν above it (the registry's default μ is
  // a quantum dot's 6.7×10⁻⁴) does not stop `--source wcp --decoy vacuum-weak` from working as is.
  const blocking = issues.filter(
    (i) => !(i.detail.code === 'decoy-not-below-signal' && effectiveOptimiseMu && isLaserModel(model)),
  );
  if (blocking.length) {
    const i = blocking[0];
    throw new UsageError(`--${toKebab(String(i.id))}: ${i.message}`);
  }
  if (
    (model === 'decoy-vacuum-weak' || model === 'decoy-finite') &&
    !effectiveOptimiseMu &&
    !optimiseNu &&
    !(params.decoyMeanPhotonNumber < params.meanPhotonNumber)
  ) {
    throw new UsageError(
      `--decoy-mean-photon-number: ν = ${params.decoyMeanPhotonNumber} must be below μ ` +
        `= ${params.meanPhotonNumber} (--mean-photon-number) when μ is not optimised`,
    );
  }
  if (model === 'decoy-finite' && !effectiveOptimiseMu && !(params.signalProbability + params.decoyProbability < 1)) {
    throw new UsageError(
      `--decoy-probability: signal ${params.signalProbability} + decoy ${params.decoyProbability} ` +
        `leaves no vacuum pulses; decoy-finite needs a sum below 1 when μ is not optimised`,
    );
  }
  if (finiteKey === 'pipeline' && model !== defaultModel(params)) {
    throw new UsageError(
      `--model: ${model} does not match the link; --finite-key pipeline follows --source/--decoy ` +
        `(model ${defaultModel(params)})`,
    );
  }
  if (maxDistance && model === 'plob')
    throw new UsageError('--max-distance: the PLOB bound has no maximum distance; expected --model other than plob');
  return {
    params,
    presetId,
    model,
    maxDistance,
    json,
    curve: {
      model,
      fromKm,
      toKm,
      stepKm,
      blockBits,
      finiteKey,
      optimiseMu: effectiveOptimiseMu,
      optimiseNu,
      ecEfficiency: ecEfficiency ?? defaultEcEfficiency(presetId),
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
  out.push(
    `Model ${o.model}${finite}; f = ${o.ecEfficiency}; μ ${o.optimiseMu && o.finiteKey !== 'pipeline' ? 'optimised per distance' : `= ${p.meanPhotonNumber}`}${o.model === 'decoy-vacuum-weak' ? `; ν ${o.optimiseNu ? 'optimised' : `= ${p.decoyMeanPhotonNumber}`}` : ''}; clock ${p.repetitionRateHz} Hz${cli.presetId ? `; preset ${cli.presetId}` : ''}`,
  );
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

function main(): void {
  let cli: Cli | 'help';
  try {
    cli = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      // Escaped by the shared escaper, as sim and bench do: a flag's control characters never reach the terminal.
      process.stderr.write(escapeUnsafe(e.message) + '\n');
      process.exit(2);
    }
    throw e;
  }
  if (cli === 'help') {
    process.stdout.write(HELP + '\n');
    return;
  }
  if (cli.maxDistance) {
    const d = maxDistanceKm(cli.params, cli.curve);
    process.stdout.write(JSON.stringify({ maxDistanceKm: d === null ? null : Math.round(d * 1000) / 1000 }) + '\n');
    return;
  }
  if (cli.json) process.stdout.write(JSON.stringify(keyRateCurve(cli.params, cli.curve)) + '\n');
  else printTable(cli);
}

main();
