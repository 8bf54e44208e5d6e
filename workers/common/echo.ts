// The one place where untrusted text (a URL value, a file's field, a command-line flag) is made safe to
// echo in a message: control, bidi and invisible characters escaped, and the length bounded, in O(max) work.

/** Longest echo of an untrusted value in any message (characters, the ellipsis included). */
export const ECHO_MAX_CHARS = 40;

// C0, DEL, C1; bidi marks, embeddings, overrides and isolates; zero-width and line/paragraph separators;
// the byte-order mark; lone surrogates. Each would let a value reorder, hide or break the line it sits in.
const UNSAFE = new RegExp(
  [
    '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff]',
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])',
    '(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  ].join('|'),
  'g',
);

const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Escapes unsafe characters without truncating (for text that is already bounded, e.g. a whole CLI message). */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/**
 * An untrusted value as it may appear in a message: escaped, and cut to at most `max` characters with
 * "…" when longer. Reads at most ~max characters of the input, so a megabyte value costs nothing.
 */
export function echo(value: unknown, max: number = ECHO_MAX_CHARS): string {
  const text = typeof value === 'string' ? value : safeString(value);
  const limit = Math.max(2, Math.floor(max));
  // Escaping only lengthens, so a slice of `limit + 1` characters decides whether the echo is cut.
  const head = text.length > limit + 1 ? text.slice(0, limit + 1) : text;
  const escaped = escapeUnsafe(head);
  if (escaped.length <= limit && head.length === text.length) return escaped;
  let cut = escaped.slice(0, limit - 1);
  // Never end inside an escape sequence or between the halves of a surrogate pair.
  cut = cut.replace(/\\(u[0-9a-f]{0,3})?$/, '');
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function safeString(value: unknown): string {
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint' ||
    value === null ||
    value === undefined
  )
    return String(value);
  if (typeof value === 'symbol') return 'symbol';
  // Objects and arrays: their type, never a serialisation (which could be arbitrarily large or throw).
  return Array.isArray(value) ? 'array' : typeof value;
}

/** True for a short id-like value ("catch-eve", "de") that can be quoted without lending it any voice. */
export function isTokenLike(value: string, max: number = ECHO_MAX_CHARS): boolean {
  return value.length > 0 && value.length <= max && /^[A-Za-z0-9._-]+$/.test(value);
}
