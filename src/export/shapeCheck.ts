// A small strict checker for the recorded results in imported files: every field of a known shape (finite
// numbers, booleans, short texts, fixed choices, nested objects, bounded arrays), extra fields refused unless allowed.
// It returns the path of the first field at fault ("blockReports[3].nSifted.z"), never throws.

export type Shape =
  | 'number'
  | 'count'
  | 'fraction'
  | 'bool'
  | 'text'
  | 'hex'
  | { nullable: Shape }
  /** May be left out (variants of one record: an abort's numbers differ by reason). */
  | { optional: Shape }
  | { oneOf: readonly string[] }
  /** `allowExtra`: other fields pass unchecked (the caller keeps only the known ones, pickKnown). */
  | { object: Readonly<Record<string, Shape>>; allowExtra?: boolean }
  | { arrayOf: Shape; max: number };

/** Texts in recorded results are short (abort sentences); hex keys hold at most 64 bits. */
const MAX_TEXT = 500;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The path of the first field of `value` that does not fit `shape`, or null when all fit. */
export function findMisfit(value: unknown, shape: Shape, path: string): string | null {
  if (typeof shape === 'string') {
    switch (shape) {
      case 'number':
        return typeof value === 'number' && Number.isFinite(value) ? null : path;
      case 'count':
        return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : path;
      case 'fraction':
        return typeof value === 'number' && value >= 0 && value <= 1 ? null : path;
      case 'bool':
        return typeof value === 'boolean' ? null : path;
      case 'text':
        return typeof value === 'string' && value.length <= MAX_TEXT ? null : path;
      case 'hex':
        return typeof value === 'string' && /^[0-9a-f]{0,64}$/i.test(value) ? null : path;
    }
  }
  if ('nullable' in shape) return value === null ? null : findMisfit(value, shape.nullable, path);
  if ('optional' in shape) return value === undefined ? null : findMisfit(value, shape.optional, path);
  if ('oneOf' in shape) return typeof value === 'string' && shape.oneOf.includes(value) ? null : path;
  if ('object' in shape) {
    if (!isPlainObject(value)) return path;
    if (!shape.allowExtra)
      for (const key of Object.keys(value))
        if (!Object.prototype.hasOwnProperty.call(shape.object, key)) return `${path}.${key}`;
    for (const [key, inner] of Object.entries(shape.object)) {
      const misfit = findMisfit(value[key], inner, `${path}.${key}`);
      if (misfit) return misfit;
    }
    return null;
  }
  if (!Array.isArray(value) || value.length > shape.max) return path;
  for (let i = 0; i < value.length; i++) {
    const misfit = findMisfit(value[i], shape.arrayOf, `${path}[${i}]`);
    if (misfit) return misfit;
  }
  return null;
}

/** The fields of a checked object that its shape names (a newer file's extra fields are left behind). */
export function pickKnown<T>(value: T, shape: Shape): T {
  if (typeof shape === 'string' || !('object' in shape)) return value;
  const v = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(shape.object)
      .filter((k) => k in v)
      .map((k) => [k, v[k]]),
  ) as T;
}

/** A column of numbers as JSON writes it: NaN (a minute without bits) becomes null. */
export const numberOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);
