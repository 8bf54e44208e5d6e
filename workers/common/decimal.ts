// The one syntax for a number a person types (a command-line flag, an address parameter, a file's field): plain
// decimal with an optional sign and exponent. Number() alone would also take '', ' ', '0x10', '0b1' and 'Infinity'.
const DECIMAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** The number `text` spells in plain decimal, or undefined when it is not one (the caller names what was expected). */
export function parseDecimal(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}
