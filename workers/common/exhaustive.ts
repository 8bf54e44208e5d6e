// The closing case of every switch over a registry union (attacks, sources, encodings): a value the switch forgot
// fails the type check there, and a value that slipped past validation fails loudly instead of falling through.

/** Call in a switch's `default:` with the switched value; TypeScript accepts it only when every case is handled. */
export function assertNever(value: never, what: string): never {
  throw new Error(`unhandled ${what}: ${String(value)}`);
}
