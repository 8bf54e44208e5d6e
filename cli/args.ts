// Command-line flag parsing shared by the QKD Lab commands: Node's util.parseArgs splits the arguments, every
// registry parameter is a kebab-case flag, presets set a base, and any bad flag or value becomes a one-line CliError.
import { parseArgs as splitArgs } from 'node:util';
import {
  PARAMS,
  PARAM_BY_ID,
  crossCheck,
  parseParamValue,
  resolveParamName,
  toKebab,
  defaultParams,
  type LinkParams,
  type ParamId,
} from '../workers/common/params';
import { PRESET_IDS, isPresetId, presetParams } from '../workers/common/presets';
import { echo, escapeUnsafe } from '../workers/common/echo';
import { parseDecimal } from '../workers/common/decimal';
import { describeRange, flagIssueLine } from './paramWords';
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
  /** 'boolean' flags take no value; 'string'/'number' take the next argument (or `--name=value`). */
  kind: 'boolean' | 'string' | 'number';
  help: string;
  /** Other spellings (e.g. American ones); the value is stored under `name`. */
  aliases?: readonly string[];
  /** Flags sharing this key count as one for the given-once rule (e.g. --optimise-mu and --no-optimise-mu). */
  onceKey?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Unit named in range messages, e.g. 'km'. */
  unit?: string;
  /** Allowed values; an entry ending in ':F' allows any value starting with what precedes the F. */
  choices?: readonly string[];
}

export interface ParsedArgs {
  params: LinkParams;
  preset: string | null;
  flags: Record<string, string | number | boolean>;
  /** The registry parameters given on the command line (under any spelling), e.g. to tell a chosen block size. */
  given: ReadonlySet<ParamId>;
}

export interface ParseOptions {
  /**
   * Refuse parameter combinations no single range expresses (crossCheck; default true). A command that excuses
   * some of them (keyrate, when it optimises μ itself) checks them on its own.
   */
  crossCheck?: boolean;
}

function extraRange(spec: ExtraFlag): string {
  if (spec.kind === 'string') return spec.choices ? `expected one of ${spec.choices.join(', ')}` : 'expected a value';
  const from = spec.min !== undefined ? ` from ${spec.min}` : '';
  const to = spec.max !== undefined ? ` to ${spec.max}` : '';
  const unit = spec.unit ? ` ${spec.unit}` : '';
  return `expected ${spec.integer ? 'a whole number' : 'a number'}${from}${to}${unit}`;
}

/** What a flag takes, for messages: the registry range, the extra flag's range or choices, or the presets. */
function expectedValue(name: string, extra: ExtraFlag | undefined): string {
  if (extra) return extraRange(extra);
  if (name === 'preset') return `expected one of ${PRESET_IDS.join(', ')}`;
  const id = resolveParamName(name);
  return id ? `expected ${describeRange(PARAM_BY_ID[id])}` : 'expected a value';
}

/** A number typed on the command line, checked against a range; refused with the flag and the range named. */
export function parseNumberFlag(spec: ExtraFlag, raw: string): number {
  const flag = `--${spec.name}`;
  const range = extraRange(spec);
  const v = parseDecimal(raw);
  if (v === undefined) throw new CliError(`${flag}: "${echo(raw)}" is not a number; ${range}`);
  if (
    !Number.isFinite(v) ||
    (spec.min !== undefined && v < spec.min) ||
    (spec.max !== undefined && v > spec.max) ||
    (spec.integer && !Number.isInteger(v)) ||
    // A whole number past 2^53 is not the number typed (9007199254740993 reads as …992): refused, never rounded.
    (spec.integer && !Number.isSafeInteger(v))
  ) {
    throw new CliError(`${flag}: ${echo(raw.trim())} is out of range; ${range}`);
  }
  return v;
}

function parseExtra(spec: ExtraFlag, raw: string): string | number {
  if (spec.kind === 'number') return parseNumberFlag(spec, raw);
  if (spec.choices && !spec.choices.some((c) => raw === c || (c.endsWith(':F') && raw.startsWith(c.slice(0, -1))))) {
    throw new CliError(`--${spec.name}: "${echo(raw)}" is not allowed; expected one of ${spec.choices.join(', ')}`);
  }
  return raw;
}

/** One flag as given: its name without dashes and its value (undefined when none followed). */
interface FlagToken {
  name: string;
  value: string | undefined;
  /** The value came as `--name=value` (so it is the value even when it looks like a flag). */
  isInline: boolean;
}

/**
 * Splits argv with Node's util.parseArgs: `valueNames` take a value (`--x v` or `--x=v`), every other `--name` is a
 * lone flag. Yields the flags in order and throws, when reached, at an argument that is not a `--flag` (so the
 * first fault on the line is the one reported).
 */
function* flagTokens(
  argv: readonly string[],
  valueNames: Iterable<string>,
  booleanNames: Iterable<string>,
): Generator<FlagToken> {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const name of valueNames) options[name] = { type: 'string' };
  for (const name of booleanNames) options[name] = { type: 'boolean' };
  const { tokens } = splitArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    // '--' ends the options in util.parseArgs; here nothing may follow the flags, so it is an unknown flag.
    if (t.kind === 'option-terminator') throw new CliError('--: unknown flag (see --help)');
    if (t.kind === 'positional' || !t.rawName.startsWith('--'))
      throw new CliError(`"${echo(argv[t.index])}": unexpected argument; flags start with -- (see --help)`);
    yield { name: t.name, value: t.value, isInline: t.inlineValue === true };
  }
}

/**
 * Parse argv (without node and script) into validated link parameters and extra flags.
 * Order: registry defaults, then --preset, then every parameter flag. Throws CliError on any problem.
 */
export function parseArgs(
  argv: readonly string[],
  extras: readonly ExtraFlag[],
  options: ParseOptions = {},
): ParsedArgs {
  const extraByName = new Map<string, ExtraFlag>();
  for (const e of extras) for (const name of [e.name, ...(e.aliases ?? [])]) extraByName.set(name, e);
  const paramNames = PARAMS.flatMap((p) => [p.id, ...(p.aliases ?? [])]).flatMap((n) => [n, toKebab(n)]);
  const valueNames = [
    'preset',
    ...paramNames,
    ...[...extraByName].filter(([, e]) => e.kind !== 'boolean').map(([n]) => n),
  ];
  const booleanNames = [...extraByName].filter(([, e]) => e.kind === 'boolean').map(([n]) => n);

  const flags: Record<string, string | number | boolean> = {};
  const paramValues: [string, string][] = [];
  let preset: string | null = null;
  // One rule for repeated flags (and repeated URL keys in the app): a flag given twice is refused, never resolved.
  const seen = new Set<string>();
  for (const { name, value, isInline } of flagTokens(argv, valueNames, booleanNames)) {
    const extra = extraByName.get(name);
    const key = extra ? (extra.onceKey ?? extra.name) : name === 'preset' ? name : resolveParamName(name);
    if (key === undefined) throw new CliError(`--${echo(name)}: unknown flag (see --help)`);
    if (seen.has(key)) throw new CliError(`--${echo(name)}: given more than once; give each flag once`);
    seen.add(key);
    if (extra?.kind === 'boolean') {
      if (value !== undefined) throw new CliError(`--${name}: takes no value`);
      flags[extra.name] = true;
      continue;
    }
    // util.parseArgs takes the next argument whatever it is; a following flag means the value is missing
    // (a negative number such as -1 or --5 is still a value).
    if (value === undefined || (!isInline && value.startsWith('--') && !/^--?\d/.test(value)))
      throw new CliError(`--${name}: missing value; ${expectedValue(name, extra)}`);
    if (extra) flags[extra.name] = parseExtra(extra, value);
    else if (name === 'preset') {
      if (!isPresetId(value))
        throw new CliError(`--preset: "${echo(value)}" is not a preset; expected one of ${PRESET_IDS.join(', ')}`);
      preset = value;
    } else paramValues.push([name, value]);
  }
  const params: LinkParams = preset && isPresetId(preset) ? presetParams(preset) : defaultParams();
  const given = new Set<ParamId>();
  for (const [name, raw] of paramValues) {
    const id = resolveParamName(name)!;
    given.add(id);
    const r = parseParamValue(id, raw);
    if ('error' in r) throw new CliError(flagIssueLine(r.error, name));
    (params as unknown as Record<string, unknown>)[id] = r.value;
  }
  const issues = options.crossCheck === false ? [] : crossCheck(params);
  if (issues.length) throw new CliError(flagIssueLine(issues[0]));
  return { params, preset, flags, given };
}

/**
 * Takes out of argv each `--name VALUE` (or `--name=VALUE`) whose value `isMine` claims, e.g. network's --preset
 * naming a network rather than a link preset; returns those values and the rest of argv for parseArgs.
 */
export function takeFlag(
  argv: readonly string[],
  name: string,
  isMine: (value: string) => boolean,
): { values: string[]; rest: string[] } {
  const { tokens } = splitArgs({
    args: [...argv],
    options: { [name]: { type: 'string' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const taken = new Set<number>();
  const values: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'option' || t.rawName !== `--${name}` || t.value === undefined || !isMine(t.value)) continue;
    values.push(t.value);
    taken.add(t.index);
    if (!t.inlineValue) taken.add(t.index + 1);
  }
  return { values, rest: argv.filter((_, i) => !taken.has(i)) };
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
