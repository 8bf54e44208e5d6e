// The assertion of the shared fuzz cases (src/url/urlFuzzCases.ts, src/export/importFuzzCases.ts): throws an
// Error named AssertionError, as node:assert does, without Node's types in the browser program.

export class PropertyError extends Error {
  override name = 'AssertionError';
}

/** Throws a PropertyError with `message` unless `condition` holds. */
export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new PropertyError(message);
}
