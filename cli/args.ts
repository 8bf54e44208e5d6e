// Command-line flag parsing shared by the QKD Lab commands: every registry parameter is a kebab-case
// flag, presets set a base, and any bad flag or value becomes a CliError whose one-line message names it.
import {
  PARAMS,
  PARAM_BY_ID,
  crossCheck,
  describeRange,
  parseParamValue,
  resolveParamName,
  toKebab,
  defaultParams,
  type LinkParams,
} from '../workers/common/params';
import { PRESET_IDS, isPresetId, presetParams } from '../workers/common/presets';
import { echo, escapeUnsafe } from '../workers/common/echo';

export class CliError extends Error {
  constructor(message: string) {
    // One line, always: control (and bidi) characters are escaped by the one shared escaper; values from the
    // command line are also bounded where they are quoted (echo()).
    super(escapeUnsafe(message));
  }
}

/** The largest seed: the generator mixes a seed's two 32-bit halves into one word, so larger seeds would collide. */
export const MAX_SEED = 0xffff_ffff;

export interface ExtraFlag {
  name: string;
  /** 'boolean' flags take no value; 'string'/'number' take the next argument. */
  kind: 'boolean' | 'string' | 'number';
  help: string;
  min?: number;
  max?: number;
  integer?: boolean;
  choices?: readonly string[];
}

export interface ParsedArgs {
  params: LinkParams;
  preset: string | null;
  flags: Record<string, string | number | boolean>;
}

function extraRange(spec: ExtraFlag): string {
  if (spec.kind === 'string') return spec.choices ? `expected one of ${spec.choices.join(', ')}` : 'expected a value';
  return `expected ${spec.integer ? 'a whole number' : 'a number'}${spec.min !== undefined ? ` from ${spec.min}` : ''}${spec.max !== undefined ? ` to ${spec.max}` : ''}`;
}

/** What a flag takes, for messages: the registry range, the extra flag's range or choices, or the presets. */
function expectedValue(name: string, extra: ExtraFlag | undefined): string {
  if (extra) return extraRange(extra);
  if (name === 'preset') return `expected one of ${PRESET_IDS.join(', ')}`;
  const id = resolveParamName(name);
  return id ? `expected ${describeRange(PARAM_BY_ID[id])}` : 'expected a value';
}

function parseExtra(spec: ExtraFlag, raw: string): string | number {
  const flag = `--${spec.name}`;
  if (spec.kind === 'string') {
    if (spec.choices && !spec.choices.some((c) => raw === c || (c.endsWith(':F') && raw.startsWith(c.slice(0, -1))))) {
      throw new CliError(`${flag}: "${echo(raw)}" is not allowed; expected one of ${spec.choices.join(', ')}`);
    }
    return raw;
  }
  const range = extraRange(spec);
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(raw))
    throw new CliError(`${flag}: "${echo(raw)}" is not a number; ${range}`);
  const v = Number(raw);
  if (
    !Number.isFinite(v) ||
    (spec.min !== undefined && v < spec.min) ||
    (spec.max !== undefined && v > spec.max) ||
    (spec.integer && !Number.isInteger(v))
  ) {
    throw new CliError(`${flag}: ${echo(raw.trim())} is out of range; ${range}`);
  }
  // A whole number past 2^53 is not the number typed (9007199254740993 reads as …992): refused, never rounded.
  if (spec.integer && !Number.isSafeInteger(v))
    throw new CliError(`${flag}: ${echo(raw.trim())} is out of range; ${range}`);
  return v;
}

/**
 * Parse argv (without node and script) into validated link parameters and extra flags.
 * Order: registry defaults, then --preset, then every parameter flag. Throws CliError on any problem.
 */
export function parseArgs(argv: readonly string[], extras: readonly ExtraFlag[]): ParsedArgs {
  const extraByName = new Map(extras.map((e) => [e.name, e]));
  const flags: Record<string, string | number | boolean> = {};
  const paramValues: [string, string][] = [];
  let preset: string | null = null;
  // One rule for repeated flags (and repeated URL keys in the app): a flag given twice is refused, never resolved.
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--'))
      throw new CliError(`"${echo(arg)}": unexpected argument; flags start with -- (see --help)`);
    let name = arg.slice(2);
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const extra = extraByName.get(name);
    const key = extra || name === 'preset' ? name : resolveParamName(name);
    if (key !== undefined) {
      if (seen.has(key)) throw new CliError(`--${echo(name)}: given more than once; give each flag once`);
      seen.add(key);
    }
    if (extra?.kind === 'boolean') {
      if (value !== undefined) throw new CliError(`--${name}: takes no value`);
      flags[name] = true;
      continue;
    }
    const takeValue = (): string => {
      if (value !== undefined) return value;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && !/^--?\d/.test(next)))
        throw new CliError(`--${name}: missing value; ${expectedValue(name, extra)}`);
      i++;
      return next;
    };
    if (name === 'preset') {
      const v = takeValue();
      if (!isPresetId(v))
        throw new CliError(`--preset: "${echo(v)}" is not a preset; expected one of ${PRESET_IDS.join(', ')}`);
      preset = v;
    } else if (extra) {
      flags[name] = parseExtra(extra, takeValue());
    } else if (resolveParamName(name)) {
      paramValues.push([name, takeValue()]);
    } else {
      throw new CliError(`--${echo(name)}: unknown flag (see --help)`);
    }
  }
  const params: LinkParams = preset && isPresetId(preset) ? presetParams(preset) : defaultParams();
  for (const [name, raw] of paramValues) {
    const id = resolveParamName(name)!;
    const r = parseParamValue(id, raw);
    if ('error' in r) throw new CliError(`--${name}: ${r.error.message.replace(/^[^:]*: /, '')}`);
    (params as unknown as Record<string, unknown>)[id] = r.value;
  }
  const issues = crossCheck(params);
  if (issues.length) throw new CliError(`--${toKebab(issues[0].id)}: ${issues[0].message}`);
  return { params, preset, flags };
}

/** Help text listing the extra flags and every registry parameter with its range and default. */
export function helpText(usage: string, extras: readonly ExtraFlag[]): string {
  const lines = [
    usage,
    '',
    'Each flag may be given once (a repeated flag is refused). Ctrl-C stops a run at once.',
    '',
    'Options:',
    `  --preset ID                 one of ${PRESET_IDS.join(', ')}`,
  ];
  for (const e of extras) lines.push(`  --${e.name}${e.kind === 'boolean' ? '' : ' VALUE'}`.padEnd(30) + e.help);
  lines.push('', 'Link parameters (registry):');
  for (const p of PARAMS) {
    lines.push(
      `  --${toKebab(p.id)} VALUE`.padEnd(40) +
        `${p.label}: ${describeRange(PARAM_BY_ID[p.id])}, default ${String(p.default)}`,
    );
  }
  return lines.join('\n');
}

/** Run a command's main, turning CliError into exit status 2 with one line on stderr. */
export async function runCli(main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  }
}
